package com.example.citi.au.customers.client;

import com.example.citi.au.customers.client.generated.api.SandboxApi;
import com.example.citi.au.customers.client.generated.model.SandboxOutboxResponse;

/** The operations of the spec's "Sandbox" tag, which only the local sandbox serves. */
public final class SandboxOperations {

    private final SandboxApi api;
    private final GeneratedCalls calls;

    SandboxOperations(SandboxApi api, GeneratedCalls calls) {
        this.api = api;
        this.calls = calls;
    }

    public SandboxOutboxResponse retrieveSandboxOtpOutbox(String controlFlowId) {
        return calls.call(() -> api.retrieveSandboxOtpOutbox(controlFlowId));
    }
}
