package com.example.citi.au.customers.server.card;

import com.example.citi.au.customers.server.profile.PostalAddress;
import java.util.List;

record CardAccountAddresses(String accountId, String displayAccountNumber, List<PostalAddress> addresses) {
}
