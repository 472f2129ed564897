package com.example.citi.au.customers.client.retries;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The key of one logical write (the IETF httpapi draft's {@code Idempotency-Key} field): sent unchanged on
 * every attempt, so that the server applies the write once and answers a repeat with its stored answer.
 * The client makes one per call; give your own to repeat a call later, e.g. after a restart, with the key of
 * a {@code CustomersApiConnectionException}.
 */
public final class IdempotencyKey {

    public static final String HEADER = "Idempotency-Key";

    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._~:-]{1,64}");

    private final String value;

    private IdempotencyKey(String value) {
        this.value = value;
    }

    public static IdempotencyKey random() {
        return new IdempotencyKey(UUID.randomUUID().toString());
    }

    /** A key of your own: 1 to 64 letters, digits or {@code . _ ~ : -}. */
    public static IdempotencyKey of(String value) {
        if (value == null || !ALLOWED.matcher(value).matches()) {
            throw new IllegalArgumentException("an idempotency key is 1 to 64 letters, digits or . _ ~ : -");
        }
        return new IdempotencyKey(value);
    }

    /** The key as a header gives it: a structured-field string, quotes included. */
    public static IdempotencyKey fromHeader(String headerValue) {
        String unquoted = headerValue.length() >= 2 && headerValue.startsWith("\"") && headerValue.endsWith("\"")
                ? headerValue.substring(1, headerValue.length() - 1) : headerValue;
        return new IdempotencyKey(unquoted);
    }

    public String value() {
        return value;
    }

    /** {@code "<key>"}: the draft makes the field a structured-field string (RFC 8941), so it is quoted. */
    public String headerValue() {
        return '"' + value + '"';
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IdempotencyKey key && key.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
