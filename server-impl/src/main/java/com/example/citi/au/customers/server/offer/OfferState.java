package com.example.citi.au.customers.server.offer;

/** Where an offer stands; the customer's responses only ever move it forward. */
enum OfferState {
    PRESENTED,
    VIEWED,
    CLICKED,
    ACCEPTED,
    DECLINED,
    FULFILLED;

    boolean isClosed() {
        return this == DECLINED || this == FULFILLED;
    }

    boolean canMoveTo(OfferState next) {
        return next == DECLINED || next.ordinal() > ordinal();
    }
}
