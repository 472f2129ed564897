package com.example.citi.au.customers.server.negative;

import java.util.ArrayList;
import java.util.List;

/** Where a value sits in a JSON body, written as the server names it: {@code emails[0].emailAddress}. */
record BodyPath(List<Object> segments) {

    static final BodyPath ROOT = new BodyPath(List.of());

    BodyPath {
        segments = List.copyOf(segments);
    }

    BodyPath property(String name) {
        List<Object> longer = new ArrayList<>(segments);
        longer.add(name);
        return new BodyPath(longer);
    }

    BodyPath index(int index) {
        List<Object> longer = new ArrayList<>(segments);
        longer.add(index);
        return new BodyPath(longer);
    }

    boolean isRoot() {
        return segments.isEmpty();
    }

    BodyPath parent() {
        return new BodyPath(segments.subList(0, segments.size() - 1));
    }

    Object last() {
        return segments.get(segments.size() - 1);
    }

    /** The location the spec's ErrorResponse names; the whole body is {@code body}. */
    String location() {
        if (segments.isEmpty()) {
            return "body";
        }
        StringBuilder location = new StringBuilder();
        for (Object segment : segments) {
            if (segment instanceof Integer index) {
                location.append('[').append(index).append(']');
            } else {
                if (!location.isEmpty()) {
                    location.append('.');
                }
                location.append(segment);
            }
        }
        return location.toString();
    }
}
