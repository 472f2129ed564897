package com.example.citi.au.customers.client.retries;

import com.example.citi.au.customers.client.pipeline.Call;
import com.example.citi.au.customers.client.pipeline.HttpPolicy;
import com.example.citi.au.customers.client.pipeline.Requests;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

/**
 * Gives every write one {@code Idempotency-Key} for all its attempts, before the retries start; a key the
 * caller set (or the generated code, once the contract declares the header) is kept. Reads carry none.
 */
public final class IdempotencyKeyPolicy implements HttpPolicy {

    private final boolean generateKeys;

    /** @param generateKeys whether writes without a key of their own get one (and so become retryable) */
    public IdempotencyKeyPolicy(boolean generateKeys) {
        this.generateKeys = generateKeys;
    }

    @Override
    public HttpResponse<byte[]> send(HttpRequest request, Call call, Next next) throws IOException, InterruptedException {
        if (call.isRead()) {
            return next.send(request);
        }
        Optional<String> given = request.headers().firstValue(IdempotencyKey.HEADER);
        if (given.isPresent()) {
            call.idempotencyKey(IdempotencyKey.fromHeader(given.get()).value());
            return next.send(request);
        }
        if (!generateKeys) {
            return next.send(request);
        }
        IdempotencyKey key = IdempotencyKey.random();
        call.idempotencyKey(key.value());
        return next.send(Requests.withHeader(request, IdempotencyKey.HEADER, key.headerValue()));
    }
}
