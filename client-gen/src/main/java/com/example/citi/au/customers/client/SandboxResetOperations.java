package com.example.citi.au.customers.client;

import com.example.citi.au.customers.client.generated.api.SandboxResetApi;
import com.example.citi.au.customers.client.generated.model.SandboxResetResponse;
import com.example.citi.au.customers.client.retries.IdempotencyKey;

/** The operation of the spec's "Sandbox Reset" tag, which only the local sandbox serves. */
public final class SandboxResetOperations {

    private final SandboxResetApi api;
    private final GeneratedCalls calls;

    SandboxResetOperations(SandboxResetApi api, GeneratedCalls calls) {
        this.api = api;
        this.calls = calls;
    }

    public SandboxResetResponse resetSandboxCustomer() {
        return calls.call(api::resetSandboxCustomer);
    }

    /** As {@link #resetSandboxCustomer()}, with a key of your own. */
    public SandboxResetResponse resetSandboxCustomer(IdempotencyKey key) {
        return calls.call(() -> api.resetSandboxCustomer(GeneratedCalls.keyed(key)));
    }
}
