package com.example.citi.au.customers.client;

import com.example.citi.au.customers.client.generated.api.CardAddressesApi;
import com.example.citi.au.customers.client.generated.model.CardAccountAddressResponse;

/** The operations of the spec's "Card Addresses" tag; errors surface as the exceptions of {@code errors}, each named for what the answer means. */
public final class CardAddressOperations {

    private final CardAddressesApi api;
    private final GeneratedCalls calls;

    CardAddressOperations(CardAddressesApi api, GeneratedCalls calls) {
        this.api = api;
        this.calls = calls;
    }

    public CardAccountAddressResponse retrieveCardAccountAddresses(String accountId) {
        return calls.call(() -> api.retrieveCardAccountAddresses(accountId));
    }
}
