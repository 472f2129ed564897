package com.example.citi.au.customers.server.idempotency;

import java.util.Optional;

/**
 * The value of an {@code Idempotency-Key} header: the IETF draft's structured-field string
 * ({@code "8e03978e-..."}) or the same characters bare, which name the same key.
 */
public record IdempotencyKey(String value) {

    public static final String HEADER = "Idempotency-Key";
    static final int MAX_LENGTH = 64;

    public static Optional<IdempotencyKey> parse(String header) {
        boolean quoted = header.length() >= 2 && header.charAt(0) == '"' && header.charAt(header.length() - 1) == '"';
        String value = quoted ? header.substring(1, header.length() - 1) : header;
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        for (int i = 0; i < value.length(); i++) {
            if (!allowed(value.charAt(i))) {
                return Optional.empty();
            }
        }
        return Optional.of(new IdempotencyKey(value));
    }

    /** {@code [A-Za-z0-9._~:-]}: a UUID, a ULID or a client's own token, nothing that needs escaping. */
    private static boolean allowed(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '.' || c == '_' || c == '~' || c == ':' || c == '-';
    }
}
