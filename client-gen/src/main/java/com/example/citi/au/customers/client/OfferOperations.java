package com.example.citi.au.customers.client;

import com.example.citi.au.customers.client.generated.api.OffersApi;
import com.example.citi.au.customers.client.generated.model.Offer;
import com.example.citi.au.customers.client.generated.model.OfferFulfillmentRequest;
import com.example.citi.au.customers.client.generated.model.OfferFulfillmentResponse;
import com.example.citi.au.customers.client.generated.model.OfferUpdateRequest;

/** The operations of the spec's "Offers" tag; errors surface as {@link CustomersApiException}. */
public final class OfferOperations {

    private final OffersApi api;
    private final GeneratedCalls calls;

    OfferOperations(OffersApi api, GeneratedCalls calls) {
        this.api = api;
        this.calls = calls;
    }

    public Offer updateOffer(OfferUpdateRequest request) {
        return calls.call(() -> api.updateOffer(request));
    }

    public OfferFulfillmentResponse fulfillOffer(OfferFulfillmentRequest request) {
        return calls.call(() -> api.fulfillOffer(request));
    }
}
