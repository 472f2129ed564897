package com.example.citi.au.customers.server.alert;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;

/** Paths, seeded keys and JSON lookups shared by the alert tests (values from V2__sandbox_data.sql). */
final class AlertFixtures {

    static final String ALERTS = "/v1/customers/alerts";
    static final String HISTORY = "/v1/customers/alerts/history";
    static final String PROFILE_AND_SUBSCRIPTIONS = "/v1/communications/alerts/profilesAndSubscriptions";

    static final String OLIVIA_CARD = "4d6f1b2c8a9e0f3d4d6f1b2c8a9e0f3d";
    static final String LIAM_CARD = "9a8b7c6d5e4f30211a2b3c4d5e6f7081";
    static final String UNKNOWN_CARD = "0123456789abcdef0123456789abcdef";

    private AlertFixtures() {
    }

    /** The one alert of this type in a CustomerAlertsResponse; fails when there is none or more. */
    static JsonNode alertOfType(JsonNode response, String alertType) {
        List<JsonNode> matches = StreamSupport.stream(response.path("alerts").spliterator(), false)
                .filter(alert -> alert.path("alertType").asString().equals(alertType))
                .toList();
        if (matches.size() != 1) {
            throw new AssertionError("expected one " + alertType + " alert in " + response);
        }
        return matches.get(0);
    }

    static List<String> values(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(item.path(field).asString()));
        return values;
    }

    static List<String> channels(JsonNode alertOrSubscription) {
        List<String> channels = new ArrayList<>();
        alertOrSubscription.path("deliveryChannels").forEach(channel -> channels.add(channel.asString()));
        return channels;
    }
}
