package com.example.citi.au.customers.server.offer;

import java.math.BigDecimal;
import java.util.List;

/** accountId, requestedAmount and currencyCode may be null. */
record FulfillmentRequest(
        String offerId,
        String accountId,
        BigDecimal requestedAmount,
        String currencyCode,
        List<Consent> consents) {

    FulfillmentRequest {
        consents = List.copyOf(consents);
    }

    record Consent(String type, boolean given) {
    }
}
