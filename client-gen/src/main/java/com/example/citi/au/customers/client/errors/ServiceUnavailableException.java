package com.example.citi.au.customers.client.errors;

import java.time.Duration;
import java.util.Optional;

/** 503, 502 or 504: the server or a gateway before it could not answer now; retried, and surfaces once the retries are spent or the wait asked is beyond the client's ceiling. */
public class ServiceUnavailableException extends CustomersApiException {

    private final Duration retryAfter;

    public ServiceUnavailableException(String message, ErrorAnswer answer, Duration retryAfter) {
        super(message, answer);
        this.retryAfter = retryAfter;
    }

    /** The answer's {@code Retry-After}, as a wait from when the answer came; empty when it had none. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
