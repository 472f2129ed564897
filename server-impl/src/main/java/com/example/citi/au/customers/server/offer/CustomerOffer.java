package com.example.citi.au.customers.server.offer;

import java.time.Instant;
import java.time.LocalDate;

record CustomerOffer(
        String offerId,
        OfferState state,
        String campaignId,
        String waveId,
        String productCode,
        String sourceCode,
        LocalDate expiryDate,
        Instant updatedAt) {

    boolean isExpiredOn(LocalDate today) {
        return expiryDate.isBefore(today);
    }

    CustomerOffer movedTo(OfferState next, Instant at) {
        return new CustomerOffer(offerId, next, campaignId, waveId, productCode, sourceCode, expiryDate, at);
    }
}
