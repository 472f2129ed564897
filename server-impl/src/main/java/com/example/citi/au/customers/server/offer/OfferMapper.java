package com.example.citi.au.customers.server.offer;

import com.example.citi.au.customers.server.generated.model.ConsentDetail;
import com.example.citi.au.customers.server.generated.model.Offer;
import com.example.citi.au.customers.server.generated.model.OfferFulfillmentRequest;
import com.example.citi.au.customers.server.generated.model.OfferFulfillmentResponse;
import com.example.citi.au.customers.server.generated.model.OfferStatus;
import com.example.citi.au.customers.server.generated.model.OfferUpdateRequest;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import org.springframework.stereotype.Component;

@Component
class OfferMapper {

    OfferStatusChange toStatusChange(OfferUpdateRequest request) {
        return new OfferStatusChange(
                request.getOfferId(),
                OfferState.valueOf(request.getOfferStatus().getValue()),
                request.getChannelId() == null ? null : request.getChannelId().getValue());
    }

    FulfillmentRequest toFulfillmentRequest(OfferFulfillmentRequest request) {
        return new FulfillmentRequest(
                request.getOfferId(),
                request.getAccountId(),
                request.getRequestedAmount() == null ? null : BigDecimal.valueOf(request.getRequestedAmount()),
                request.getCurrencyCode(),
                request.getConsentDetails().stream().map(OfferMapper::toConsent).toList());
    }

    Offer toOffer(CustomerOffer offer) {
        return new Offer(
                offer.offerId(),
                OfferStatus.fromValue(offer.state().name()),
                offer.productCode(),
                offer.expiryDate(),
                offer.updatedAt().atOffset(ZoneOffset.UTC))
                .campaignId(offer.campaignId())
                .waveId(offer.waveId())
                .offerSourceCode(offer.sourceCode());
    }

    OfferFulfillmentResponse toResponse(CompletedFulfillment fulfillment) {
        return new OfferFulfillmentResponse(
                fulfillment.referenceId(),
                fulfillment.offerId(),
                OfferFulfillmentResponse.OfferFulfillmentStatusEnum.COMPLETED);
    }

    private static FulfillmentRequest.Consent toConsent(ConsentDetail consent) {
        return new FulfillmentRequest.Consent(consent.getConsentType(), consent.getConsentGivenFlag());
    }
}
