package com.example.citi.au.customers.client;

import com.example.citi.au.customers.client.generated.api.OffersApi;
import com.example.citi.au.customers.client.generated.model.Offer;
import com.example.citi.au.customers.client.generated.model.OfferFulfillmentRequest;
import com.example.citi.au.customers.client.generated.model.OfferFulfillmentResponse;
import com.example.citi.au.customers.client.generated.model.OfferUpdateRequest;
import com.example.citi.au.customers.client.retries.IdempotencyKey;

/** The operations of the spec's "Offers" tag; errors surface as the exceptions of {@code errors}, each named for what the answer means. */
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

    /** As {@link #updateOffer(OfferUpdateRequest)}, with a key of your own: repeating the call with it later applies the write once. */
    public Offer updateOffer(OfferUpdateRequest request, IdempotencyKey key) {
        return calls.call(() -> api.updateOffer(request, GeneratedCalls.keyed(key)));
    }

    public OfferFulfillmentResponse fulfillOffer(OfferFulfillmentRequest request) {
        return calls.call(() -> api.fulfillOffer(request));
    }

    /** As {@link #fulfillOffer(OfferFulfillmentRequest)}, with a key of your own: repeating the call with it later applies the write once. */
    public OfferFulfillmentResponse fulfillOffer(OfferFulfillmentRequest request, IdempotencyKey key) {
        return calls.call(() -> api.fulfillOffer(request, GeneratedCalls.keyed(key)));
    }
}
