package com.example.citi.au.customers.server.alert;

import java.util.List;

record CustomerAlerts(AlertProfileSettings profile, List<CustomerAlert> alerts) {
}
