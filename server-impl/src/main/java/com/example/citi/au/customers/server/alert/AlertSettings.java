package com.example.citi.au.customers.server.alert;

import java.util.List;

/** The profile and the subscriptions a request named, after the change. */
record AlertSettings(AlertProfileSettings profile, List<CustomerAlert> subscriptions) {
}
