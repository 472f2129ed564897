package com.example.citi.au.customers.server.limits;

/** The result of a rate-limited call and what the limit still allows, for the answer's RateLimit headers. */
public record Limited<T>(T value, Allowance allowance) {
}
