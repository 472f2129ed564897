package com.example.citi.au.customers.server.idempotency;

/**
 * The answer a keyed write gave, as it is replayed: its status, its body and the one header of
 * the write answers that belongs to the answer rather than to the request (the {@code uuid}
 * echo and the hardening headers are the replaying request's own).
 */
record StoredAnswer(int status, String contentType, byte[] body) {
}
