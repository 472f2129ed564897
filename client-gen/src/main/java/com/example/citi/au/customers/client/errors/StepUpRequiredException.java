package com.example.citi.au.customers.client.errors;

/**
 * 403 with a control flow: the change is held until a one-time password confirms it. {@code StepUpJourney}
 * walks the rest of the way in one call.
 */
public class StepUpRequiredException extends CustomersApiException {

    public StepUpRequiredException(String message, ErrorAnswer answer) {
        super(message, answer);
    }

    /** The pending change's control flow, to send, validate and confirm a one-time password for. */
    public String flowId() {
        return controlFlowId().orElseThrow();
    }
}
