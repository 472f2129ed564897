package com.example.citi.au.customers.server.support;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A response the server sent, already validated against the spec. */
public record ApiResponse(int status, Map<String, List<String>> headers, String body) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public JsonNode json() {
        return JSON.readTree(body);
    }

    public String header(String name) {
        return headers.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .flatMap(entry -> entry.getValue().stream())
                .findFirst()
                .orElse(null);
    }

    /** The error code of an ErrorResponse body. */
    public String errorCode() {
        return json().path("code").asString();
    }

    public String errorLocation() {
        return json().path("location").asString(null);
    }
}
