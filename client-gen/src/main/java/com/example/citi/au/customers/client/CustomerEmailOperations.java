package com.example.citi.au.customers.client;

import com.example.citi.au.customers.client.generated.api.CustomerEmailsApi;
import com.example.citi.au.customers.client.generated.model.ControlFlowConfirmationRequest;
import com.example.citi.au.customers.client.generated.model.CustomerEmailResponse;
import com.example.citi.au.customers.client.generated.model.EmailUpdateRequest;

/** The operations of the spec's "Customer Emails" tag; errors surface as {@link CustomersApiException}. */
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

    public CustomerEmailResponse confirmCustomerEmailUpdate(ControlFlowConfirmationRequest request) {
        return calls.call(() -> api.confirmCustomerEmailUpdate(request));
    }
}
