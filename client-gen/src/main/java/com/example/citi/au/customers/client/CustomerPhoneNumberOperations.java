package com.example.citi.au.customers.client;

import com.example.citi.au.customers.client.generated.api.CustomerPhoneNumbersApi;
import com.example.citi.au.customers.client.generated.model.ControlFlowConfirmationRequest;
import com.example.citi.au.customers.client.generated.model.CustomerPhoneResponse;
import com.example.citi.au.customers.client.generated.model.PhoneUpdateRequest;

/** The operations of the spec's "Customer Phone Numbers" tag; errors surface as {@link CustomersApiException}. */
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

    public CustomerPhoneResponse confirmCustomerPhoneNumberUpdate(ControlFlowConfirmationRequest request) {
        return calls.call(() -> api.confirmCustomerPhoneNumberUpdate(request));
    }
}
