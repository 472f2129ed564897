package com.example.citi.au.customers.server.alert;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

enum AlertChannel {
    SMS, EMAIL, PUSH;

    /** Reads the comma-separated form the channels are stored in; none for null or blank. */
    static List<AlertChannel> parseList(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return Arrays.stream(stored.split(",")).map(String::trim).map(AlertChannel::valueOf).toList();
    }

    static String formatList(List<AlertChannel> channels) {
        if (channels.isEmpty()) {
            return null;
        }
        return channels.stream().map(Enum::name).collect(Collectors.joining(","));
    }
}
