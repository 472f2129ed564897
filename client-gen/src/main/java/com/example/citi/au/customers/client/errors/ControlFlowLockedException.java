package com.example.citi.au.customers.client.errors;

/** 422 controlFlowLocked: too many wrong one-time passwords; the journey starts again with the change. */
public class ControlFlowLockedException extends BusinessRuleException {

    public ControlFlowLockedException(String message, ErrorAnswer answer) {
        super(message, answer);
    }
}
