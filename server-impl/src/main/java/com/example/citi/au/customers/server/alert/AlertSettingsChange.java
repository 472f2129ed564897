package com.example.citi.au.customers.server.alert;

import java.util.List;

/** A profile change (null when left out) and the subscription changes, applied in order. */
record AlertSettingsChange(ProfileChange profile, List<SubscriptionChange> subscriptions) {

    AlertSettingsChange {
        subscriptions = List.copyOf(subscriptions);
    }

    boolean isEmpty() {
        return profile == null && subscriptions.isEmpty();
    }
}
