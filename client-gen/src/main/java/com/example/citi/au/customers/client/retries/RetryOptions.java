package com.example.citi.au.customers.client.retries;

import java.time.Duration;
import java.util.Objects;

/**
 * When and how long a call is retried. The defaults: up to 3 retries, backoff from 0.5 s doubling to at most
 * 8 s, each wait up to a quarter shorter at random; a {@code Retry-After} of up to 30 s honoured, a longer one
 * ends the call at once; 60 s for the whole call, attempts and waits together; writes made retryable with an
 * {@code Idempotency-Key}.
 */
public record RetryOptions(int maxRetries, Duration initialBackoff, Duration maxBackoff, double jitter,
        Duration maxRetryAfter, Duration deadline, boolean idempotencyKeys) {

    public RetryOptions {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must not be negative");
        }
        if (jitter < 0 || jitter > 1) {
            throw new IllegalArgumentException("jitter is a fraction between 0 and 1");
        }
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        Objects.requireNonNull(deadline, "deadline");
    }

    public static RetryOptions defaults() {
        return new RetryOptions(3, Duration.ofMillis(500), Duration.ofSeconds(8), 0.25, Duration.ofSeconds(30),
                Duration.ofSeconds(60), true);
    }

    /** Every call made once; writes still carry an Idempotency-Key, so a caller's own retry stays safe. */
    public static RetryOptions none() {
        return defaults().withMaxRetries(0);
    }

    public RetryOptions withMaxRetries(int retries) {
        return new RetryOptions(retries, initialBackoff, maxBackoff, jitter, maxRetryAfter, deadline, idempotencyKeys);
    }

    public RetryOptions withBackoff(Duration initial, Duration max, double jitterFraction) {
        return new RetryOptions(maxRetries, initial, max, jitterFraction, maxRetryAfter, deadline, idempotencyKeys);
    }

    /** The longest {@code Retry-After} the client waits out; a longer one fails the call at once. */
    public RetryOptions withMaxRetryAfter(Duration ceiling) {
        return new RetryOptions(maxRetries, initialBackoff, maxBackoff, jitter, ceiling, deadline, idempotencyKeys);
    }

    /** The time one call may take, every attempt and wait included. */
    public RetryOptions withDeadline(Duration callDeadline) {
        return new RetryOptions(maxRetries, initialBackoff, maxBackoff, jitter, maxRetryAfter, callDeadline, idempotencyKeys);
    }

    /** Off: writes carry no key of the client's making, and are then never retried. */
    public RetryOptions withIdempotencyKeys(boolean generate) {
        return new RetryOptions(maxRetries, initialBackoff, maxBackoff, jitter, maxRetryAfter, deadline, generate);
    }
}
