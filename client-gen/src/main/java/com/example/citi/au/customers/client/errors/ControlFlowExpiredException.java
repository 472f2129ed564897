package com.example.citi.au.customers.client.errors;

/** 422 controlFlowExpired: the pending change expired; the journey starts again with the change. */
public class ControlFlowExpiredException extends BusinessRuleException {

    public ControlFlowExpiredException(String message, ErrorAnswer answer) {
        super(message, answer);
    }
}
