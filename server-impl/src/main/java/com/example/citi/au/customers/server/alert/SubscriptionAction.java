package com.example.citi.au.customers.server.alert;

enum SubscriptionAction {
    SUBSCRIBE, UNSUBSCRIBE, UPDATE
}
