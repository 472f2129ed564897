package com.example.citi.au.customers.client.errors;

import java.time.Duration;
import java.util.Optional;

/** 429: too many requests; {@link #retryAfter()} says when the server takes them again. Surfaces once the retries are spent, or at once when the wait asked is beyond the client's ceiling. */
public class RateLimitedException extends CustomersApiException {

    private final Duration retryAfter;

    public RateLimitedException(String message, ErrorAnswer answer, Duration retryAfter) {
        super(message, answer);
        this.retryAfter = retryAfter;
    }

    /** The answer's {@code Retry-After}, as a wait from when the answer came; empty when it had none. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
