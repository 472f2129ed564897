package com.example.citi.au.customers.server.offer;

import com.example.citi.au.customers.server.domain.BusinessRuleException;
import com.example.citi.au.customers.server.domain.CustomerId;
import com.example.citi.au.customers.server.domain.InvalidRequestException;
import com.example.citi.au.customers.server.domain.ResourceNotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class OfferService {

    /** Offers expire at the end of their expiry date as the bank's customers in Sydney see it. */
    private static final ZoneId BANK_ZONE = ZoneId.of("Australia/Sydney");
    private static final int AMOUNT_DECIMALS = 2;

    private final OfferRepository offers;
    private final FulfillmentReferences references;
    private final Clock clock;

    OfferService(OfferRepository offers, FulfillmentReferences references, Clock clock) {
        this.offers = offers;
        this.references = references;
        this.clock = clock;
    }

    @Transactional
    CustomerOffer changeStatus(CustomerId customer, OfferStatusChange change) {
        CustomerOffer offer = offers.findForUpdate(customer, change.offerId())
                .orElseThrow(() -> new ResourceNotFoundException("offerId"));
        if (offer.state() == change.newState()) {
            return offer;
        }
        if (offer.state() == OfferState.DECLINED) {
            throw BusinessRuleException.validationFailed("The offer was declined and cannot change", "offerId");
        }
        if (offer.state() == OfferState.FULFILLED) {
            throw BusinessRuleException.validationFailed("The offer was fulfilled and cannot change", "offerId");
        }
        if (offer.isExpiredOn(today())) {
            throw BusinessRuleException.validationFailed(
                    "The offer expired on " + offer.expiryDate() + " and cannot change", "offerId");
        }
        if (!offer.state().canMoveTo(change.newState())) {
            throw BusinessRuleException.validationFailed(
                    "The offer status cannot move back from " + offer.state() + " to " + change.newState(),
                    "offerStatus");
        }
        Instant now = now();
        offers.recordResponse(customer, offer.offerId(), change.newState(), change.channelId(), now);
        return offer.movedTo(change.newState(), now);
    }

    @Transactional
    CompletedFulfillment fulfill(CustomerId customer, FulfillmentRequest request) {
        requireAmountAndCurrencyTogether(request);
        requireWholeCents(request);
        CustomerOffer offer = offers.findForUpdate(customer, request.offerId())
                .orElseThrow(() -> new ResourceNotFoundException("offerId"));
        if (request.accountId() != null && !offers.isCardAccountOf(customer, request.accountId())) {
            throw new ResourceNotFoundException("accountId");
        }
        if (offer.state() == OfferState.FULFILLED) {
            throw alreadyFulfilled();
        }
        if (offer.state() != OfferState.ACCEPTED) {
            throw BusinessRuleException.validationFailed(
                    "Only an accepted offer can be fulfilled; the offer is " + offer.state(), "offerId");
        }
        if (offer.isExpiredOn(today())) {
            throw BusinessRuleException.validationFailed(
                    "The offer expired on " + offer.expiryDate() + " and cannot be fulfilled", "offerId");
        }
        requireEveryConsentGiven(request.consents());

        Instant now = now();
        String referenceId = references.next();
        if (!offers.insertFulfillment(customer, referenceId, request, now)) {
            throw alreadyFulfilled();
        }
        offers.markFulfilled(customer, offer.offerId(), now);
        return new CompletedFulfillment(referenceId, offer.offerId());
    }

    private static void requireAmountAndCurrencyTogether(FulfillmentRequest request) {
        if (request.currencyCode() != null && request.requestedAmount() == null) {
            throw new InvalidRequestException("requestedAmount", "currencyCode was given without requestedAmount");
        }
        if (request.requestedAmount() != null && request.currencyCode() == null) {
            throw new InvalidRequestException("currencyCode", "requestedAmount was given without currencyCode");
        }
    }

    private static void requireWholeCents(FulfillmentRequest request) {
        if (request.requestedAmount() != null && request.requestedAmount().stripTrailingZeros().scale() > AMOUNT_DECIMALS) {
            throw new InvalidRequestException("requestedAmount", "requestedAmount has fractions of a cent");
        }
    }

    private static void requireEveryConsentGiven(List<FulfillmentRequest.Consent> consents) {
        for (int i = 0; i < consents.size(); i++) {
            if (!consents.get(i).given()) {
                throw BusinessRuleException.validationFailed(
                        "Every consent must be given; " + consents.get(i).type() + " was not",
                        "consentDetails[" + i + "].consentGivenFlag");
            }
        }
    }

    private static BusinessRuleException alreadyFulfilled() {
        return BusinessRuleException.validationFailed("The offer was already fulfilled", "offerId");
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), BANK_ZONE);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
