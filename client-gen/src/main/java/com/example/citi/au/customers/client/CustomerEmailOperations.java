package com.example.citi.au.customers.client;

import com.example.citi.au.customers.client.generated.api.CustomerEmailsApi;
import com.example.citi.au.customers.client.generated.model.ControlFlowConfirmationRequest;
import com.example.citi.au.customers.client.generated.model.CustomerEmailResponse;
import com.example.citi.au.customers.client.generated.model.EmailUpdateRequest;
import com.example.citi.au.customers.client.retries.IdempotencyKey;

/** The operations of the spec's "Customer Emails" tag; errors surface as the exceptions of {@code errors}, each named for what the answer means. */
public final class CustomerEmailOperations {

    private final CustomerEmailsApi api;
    private final GeneratedCalls calls;

    CustomerEmailOperations(CustomerEmailsApi api, GeneratedCalls calls) {
        this.api = api;
        this.calls = calls;
    }

    public CustomerEmailResponse retrieveCustomerEmails() {
        return calls.call(api::retrieveCustomerEmails);
    }

    public CustomerEmailResponse updateCustomerEmails(EmailUpdateRequest request) {
        return calls.call(() -> api.updateCustomerEmails(request));
    }

    /** As {@link #updateCustomerEmails(EmailUpdateRequest)}, with a key of your own: repeating the call with it later applies the write once. */
    public CustomerEmailResponse updateCustomerEmails(EmailUpdateRequest request, IdempotencyKey key) {
        return calls.call(() -> api.updateCustomerEmails(request, GeneratedCalls.keyed(key)));
    }

    public CustomerEmailResponse confirmCustomerEmailUpdate(ControlFlowConfirmationRequest request) {
        return calls.call(() -> api.confirmCustomerEmailUpdate(request));
    }

    /** As {@link #confirmCustomerEmailUpdate(ControlFlowConfirmationRequest)}, with a key of your own: repeating the call with it later applies the write once. */
    public CustomerEmailResponse confirmCustomerEmailUpdate(ControlFlowConfirmationRequest request, IdempotencyKey key) {
        return calls.call(() -> api.confirmCustomerEmailUpdate(request, GeneratedCalls.keyed(key)));
    }
}
