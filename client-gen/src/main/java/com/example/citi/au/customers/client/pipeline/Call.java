package com.example.citi.au.customers.client.pipeline;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.Optional;

/**
 * One logical call as the pipeline sees it: every attempt it made, the idempotency key they shared, and why
 * the retries stopped. Policies write to it; the error translation reads it once the call is over.
 */
public final class Call {

    private final String method;
    private final String pathTemplate;
    private final Instant started;
    private int attempts;
    private String idempotencyKey;
    private HttpRequest lastRequest;
    private String retriesStopped;

    public Call(String method, String pathTemplate, Instant started) {
        this.method = method;
        this.pathTemplate = pathTemplate;
        this.started = started;
    }

    public String method() {
        return method;
    }

    /** The path as the contract names it, e.g. {@code /v1/cards/accounts/{accountId}/addresses}: no ids, no query. */
    public String pathTemplate() {
        return pathTemplate;
    }

    public Instant started() {
        return started;
    }

    /** GET and HEAD change nothing on the server; every other method is a write. */
    public boolean isRead() {
        return method.equals("GET") || method.equals("HEAD");
    }

    /** Counts an attempt about to be sent and returns its number, starting at 1. */
    public int beginAttempt(HttpRequest request) {
        lastRequest = request;
        return ++attempts;
    }

    public int attempts() {
        return attempts;
    }

    /** The request of the latest attempt, headers and all, or nothing when no attempt was sent. */
    public Optional<HttpRequest> lastRequest() {
        return Optional.ofNullable(lastRequest);
    }

    public Optional<String> idempotencyKey() {
        return Optional.ofNullable(idempotencyKey);
    }

    public void idempotencyKey(String key) {
        idempotencyKey = key;
    }

    /** Why the call was not retried further, when a retry rule (not the answer itself) ended it. */
    public Optional<String> retriesStopped() {
        return Optional.ofNullable(retriesStopped);
    }

    public void retriesStopped(String reason) {
        retriesStopped = reason;
    }
}
