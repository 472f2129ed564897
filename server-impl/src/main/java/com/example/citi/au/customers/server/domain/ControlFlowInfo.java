package com.example.citi.au.customers.server.domain;

/** What an error tells the client about its step-up control flow; remainingOtpAttempts may be null. */
public record ControlFlowInfo(String controlFlowId, Integer remainingOtpAttempts) {

    public static ControlFlowInfo of(String controlFlowId) {
        return new ControlFlowInfo(controlFlowId, null);
    }
}
