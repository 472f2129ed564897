package com.example.citi.au.customers.client.errors;

/** 422 idempotencyKeyReused: the key was used before for another request; a repeat must send the same request. */
public class IdempotencyKeyReusedException extends BusinessRuleException {

    public IdempotencyKeyReusedException(String message, ErrorAnswer answer) {
        super(message, answer);
    }
}
