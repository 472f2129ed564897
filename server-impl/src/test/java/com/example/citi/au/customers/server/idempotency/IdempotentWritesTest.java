package com.example.citi.au.customers.server.idempotency;

/** Exactly-once writes on the embedded H2 database. */
class IdempotentWritesTest extends IdempotentWritesBehaviour {
}
