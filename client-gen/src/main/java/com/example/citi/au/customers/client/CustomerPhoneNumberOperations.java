package com.example.citi.au.customers.client;

import com.example.citi.au.customers.client.generated.api.CustomerPhoneNumbersApi;
import com.example.citi.au.customers.client.generated.model.ControlFlowConfirmationRequest;
import com.example.citi.au.customers.client.generated.model.CustomerPhoneResponse;
import com.example.citi.au.customers.client.generated.model.PhoneUpdateRequest;
import com.example.citi.au.customers.client.retries.IdempotencyKey;

/** The operations of the spec's "Customer Phone Numbers" tag; errors surface as the exceptions of {@code errors}, each named for what the answer means. */
public final class CustomerPhoneNumberOperations {

    private final CustomerPhoneNumbersApi api;
    private final GeneratedCalls calls;

    CustomerPhoneNumberOperations(CustomerPhoneNumbersApi api, GeneratedCalls calls) {
        this.api = api;
        this.calls = calls;
    }

    public CustomerPhoneResponse retrieveCustomerPhoneNumbers() {
        return calls.call(api::retrieveCustomerPhoneNumbers);
    }

    public CustomerPhoneResponse updateCustomerPhoneNumbers(PhoneUpdateRequest request) {
        return calls.call(() -> api.updateCustomerPhoneNumbers(request));
    }

    /** As {@link #updateCustomerPhoneNumbers(PhoneUpdateRequest)}, with a key of your own: repeating the call with it later applies the write once. */
    public CustomerPhoneResponse updateCustomerPhoneNumbers(PhoneUpdateRequest request, IdempotencyKey key) {
        return calls.call(() -> api.updateCustomerPhoneNumbers(request, GeneratedCalls.keyed(key)));
    }

    public CustomerPhoneResponse confirmCustomerPhoneNumberUpdate(ControlFlowConfirmationRequest request) {
        return calls.call(() -> api.confirmCustomerPhoneNumberUpdate(request));
    }

    /** As {@link #confirmCustomerPhoneNumberUpdate(ControlFlowConfirmationRequest)}, with a key of your own: repeating the call with it later applies the write once. */
    public CustomerPhoneResponse confirmCustomerPhoneNumberUpdate(ControlFlowConfirmationRequest request, IdempotencyKey key) {
        return calls.call(() -> api.confirmCustomerPhoneNumberUpdate(request, GeneratedCalls.keyed(key)));
    }
}
