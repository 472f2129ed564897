package com.example.citi.au.customers.server.idempotency;

import jakarta.servlet.ServletRequest;
import org.springframework.transaction.TransactionStatus;

/**
 * One write request that carries an Idempotency-Key, from the filter that buffers it to the
 * interceptor that claims its key and back: the claim and the open transaction of the write.
 */
final class KeyedWrite {

    private static final String ATTRIBUTE = KeyedWrite.class.getName();

    private final ReplayableBody request;
    private IdempotencyScope scope;
    private String token;
    private TransactionStatus transaction;

    private KeyedWrite(ReplayableBody request) {
        this.request = request;
    }

    static KeyedWrite attachTo(ReplayableBody request) {
        KeyedWrite write = new KeyedWrite(request);
        request.setAttribute(ATTRIBUTE, write);
        return write;
    }

    /** The keyed write the request belongs to, or null for a request without a key. */
    static KeyedWrite of(ServletRequest request) {
        return (KeyedWrite) request.getAttribute(ATTRIBUTE);
    }

    ReplayableBody request() {
        return request;
    }

    void claimed(IdempotencyScope scope, String token, TransactionStatus transaction) {
        this.scope = scope;
        this.token = token;
        this.transaction = transaction;
    }

    boolean isClaimed() {
        return transaction != null;
    }

    IdempotencyScope scope() {
        return scope;
    }

    String token() {
        return token;
    }

    TransactionStatus transaction() {
        return transaction;
    }
}
