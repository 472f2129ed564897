package com.example.citi.au.customers.server.offer;

record CompletedFulfillment(String referenceId, String offerId) {
}
