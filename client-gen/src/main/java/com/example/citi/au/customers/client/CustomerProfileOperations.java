package com.example.citi.au.customers.client;

import com.example.citi.au.customers.client.generated.api.CustomerProfileApi;
import com.example.citi.au.customers.client.generated.model.CustomerAddressResponse;
import com.example.citi.au.customers.client.generated.model.CustomerParticularsResponse;
import com.example.citi.au.customers.client.generated.model.CustomerProfile;

/** The operations of the spec's "Customer Profile" tag; errors surface as the exceptions of {@code errors}, each named for what the answer means. */
public final class CustomerProfileOperations {

    private final CustomerProfileApi api;
    private final GeneratedCalls calls;

    CustomerProfileOperations(CustomerProfileApi api, GeneratedCalls calls) {
        this.api = api;
        this.calls = calls;
    }

    public CustomerProfile retrieveCustomerProfile() {
        return calls.call(api::retrieveCustomerProfile);
    }

    public CustomerAddressResponse retrieveCustomerAddresses() {
        return calls.call(api::retrieveCustomerAddresses);
    }

    public CustomerParticularsResponse retrieveCustomerParticulars() {
        return calls.call(api::retrieveCustomerParticulars);
    }
}
