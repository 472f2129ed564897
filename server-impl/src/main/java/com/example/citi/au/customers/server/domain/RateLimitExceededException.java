package com.example.citi.au.customers.server.domain;

import java.time.Duration;

/** A call over one of the server's rate limits: answered 429 with the limit named and when to retry. */
public final class RateLimitExceededException extends RuntimeException {

    private final Duration retryAfter;

    public RateLimitExceededException(String details, Duration retryAfter) {
        super(details);
        this.retryAfter = retryAfter;
    }

    public String details() {
        return getMessage();
    }

    /** Whole seconds, rounded up, at least one: a client that waits this long is not refused for this limit. */
    public long retryAfterSeconds() {
        return Math.max(1, ceilSeconds(retryAfter));
    }

    static long ceilSeconds(Duration duration) {
        long seconds = duration.getSeconds();
        return duration.getNano() > 0 ? seconds + 1 : seconds;
    }
}
