package com.example.citi.au.customers.server.idempotency;

/**
 * Whose key it is: a key is only ever looked up for the client and the customer of the caller's
 * token and the operation called, so no caller can receive another's stored answer.
 */
record IdempotencyScope(String clientId, long customerId, String operation, String key) {
}
