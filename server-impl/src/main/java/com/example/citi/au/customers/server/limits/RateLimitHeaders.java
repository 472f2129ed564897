package com.example.citi.au.customers.server.limits;

import org.springframework.http.ResponseEntity;

/** The RateLimit-Limit, RateLimit-Remaining and RateLimit-Reset headers of a successful limited call. */
public final class RateLimitHeaders {

    private RateLimitHeaders() {
    }

    public static <T> ResponseEntity<T> ok(Allowance allowance, T body) {
        return ResponseEntity.ok()
                .header("RateLimit-Limit", Long.toString(allowance.limit()))
                .header("RateLimit-Remaining", Long.toString(allowance.remaining()))
                .header("RateLimit-Reset", Long.toString(Seconds.roundedUp(allowance.reset())))
                .body(body);
    }
}
