package com.example.citi.au.customers.client.errors;

import java.util.Optional;

/**
 * No answer came, after every retry the client was allowed: the request could not be sent, or its answer
 * could not be received. Nothing is known about a write's outcome; repeat it with {@link #idempotencyKey()}
 * and the server applies it at most once.
 */
public class CustomersApiConnectionException extends RuntimeException {

    private final int attempts;
    private final String idempotencyKey;

    public CustomersApiConnectionException(String message, Throwable cause) {
        this(message, cause, 1, null);
    }

    public CustomersApiConnectionException(String message, Throwable cause, int attempts, String idempotencyKey) {
        super(message, cause);
        this.attempts = attempts;
        this.idempotencyKey = idempotencyKey;
    }

    public int attempts() {
        return attempts;
    }

    public Optional<String> idempotencyKey() {
        return Optional.ofNullable(idempotencyKey);
    }
}
