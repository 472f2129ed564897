package com.example.citi.au.customers.server.domain;

/** The change is held as pending until the customer completes a one-time password journey. */
public final class StepUpRequiredException extends RuntimeException {

    private final String controlFlowId;

    public StepUpRequiredException(String controlFlowId) {
        super("step-up required for control flow " + controlFlowId);
        this.controlFlowId = controlFlowId;
    }

    public String controlFlowId() {
        return controlFlowId;
    }
}
