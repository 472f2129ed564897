package com.example.citi.au.customers.client.errors;

import com.example.citi.au.customers.client.generated.model.ErrorResponse;
import java.util.List;
import java.util.Map;

/**
 * What the client knows about an error answer: the final attempt's status, headers and body (parsed when it is
 * the contract's {@code ErrorResponse}), that attempt's {@code uuid}, how many attempts the call made and the
 * {@code Idempotency-Key} they shared.
 */
public record ErrorAnswer(int status, Map<String, List<String>> headers, String requestUuid, ErrorResponse errorResponse,
        String responseBody, int attempts, String idempotencyKey) {

    public ErrorAnswer {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    /** The first value of a header, matched without regard to case. */
    public String header(String name) {
        return headers.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty())
                .map(entry -> entry.getValue().get(0))
                .findFirst().orElse(null);
    }
}
