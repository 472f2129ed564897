package com.example.citi.au.customers.server.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Checks a body against the spec's ErrorResponse where no declared operation applies. */
public final class ErrorShape {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> TYPES = Set.of("error", "warn", "invalid", "fatal");
    private static final Set<String> FIELDS = Set.of("type", "code", "details", "location", "moreInfo");

    private ErrorShape() {
    }

    public static List<String> violations(String body) {
        List<String> violations = new ArrayList<>();
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (RuntimeException e) {
            return List.of("body is not JSON");
        }
        if (!json.isObject()) {
            return List.of("body is not a JSON object");
        }
        if (!TYPES.contains(json.path("type").asString(""))) {
            violations.add("type is not one of " + TYPES);
        }
        if (!json.path("code").isString()) {
            violations.add("code is missing");
        }
        json.propertyNames().forEach(name -> {
            if (!FIELDS.contains(name)) {
                violations.add("unexpected field " + name);
            }
        });
        return violations;
    }
}
