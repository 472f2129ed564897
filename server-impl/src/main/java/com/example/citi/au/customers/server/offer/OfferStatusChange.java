package com.example.citi.au.customers.server.offer;

/** The customer's response to an offer; channelId may be null. */
record OfferStatusChange(String offerId, OfferState newState, String channelId) {
}
