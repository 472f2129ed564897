package com.example.citi.au.customers.client;

import com.example.citi.au.customers.client.generated.api.PartnerApi;
import com.example.citi.au.customers.client.generated.model.CustomerProfile;

/** The operations of the spec's "Partner" tag; errors surface as the exceptions of {@code errors}, each named for what the answer means. */
public final class PartnerOperations {

    private final PartnerApi api;
    private final GeneratedCalls calls;

    PartnerOperations(PartnerApi api, GeneratedCalls calls) {
        this.api = api;
        this.calls = calls;
    }

    public CustomerProfile retrievePartnerCustomerProfile(String addressType) {
        return calls.call(() -> api.retrievePartnerCustomerProfile(addressType));
    }
}
