package com.example.citi.au.customers.server.idempotency;

/** What a request with an Idempotency-Key finds when it claims its key. */
sealed interface Claim {

    /** The key is new (or forgotten): the request runs, holding the claim named by this token. */
    record Claimed(String token) implements Claim {
    }

    /** The same request already ran: its stored answer. */
    record Replay(StoredAnswer answer) implements Claim {
    }

    /** The key belongs to a request with another method, path, query or body. */
    record Reused() implements Claim {
    }

    /** The first request with the key is still running. */
    record InUse() implements Claim {
    }
}
