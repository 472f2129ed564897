package com.example.citi.au.customers.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.client.Spec.SpecExample;
import com.example.citi.au.customers.client.generated.model.Offer;
import com.example.citi.au.customers.client.generated.model.OfferFulfillmentResponse;
import com.example.citi.au.customers.client.generated.model.OfferStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class OfferOperationsTest extends WireMockClientTest {

    @Test
    void sendsTheOfferResponseAndMapsTheOfferAfterIt() {
        SpecExample example = stubSuccess("updateOffer");

        Offer offer = client.offers().updateOffer(Requests.accept());

        assertSentBodyIs(Spec.get().operation("updateOffer").requestExample("accept"));
        assertThat(offer.getOfferId()).isEqualTo(Requests.OFFER_ID);
        assertThat(offer.getOfferStatus()).isEqualTo(OfferStatus.ACCEPTED);
        assertThat(offer.getCampaignId()).isEqualTo("CMP-2026-11");
        assertThat(offer.getWaveId()).isEqualTo("W01");
        assertThat(offer.getOfferProductCode()).isEqualTo("BALANCE_TRANSFER");
        assertThat(offer.getOfferSourceCode()).isEqualTo("DIGITAL");
        assertThat(offer.getOfferExpiryDate()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(offer.getLastUpdatedDateTime()).isEqualTo(OffsetDateTime.parse("2026-11-28T10:00:00Z"));
        assertMapsEveryField(offer, example);
    }

    @Test
    void sendsTheFulfilmentAndMapsItsOutcome() {
        SpecExample example = stubSuccess("fulfillOffer");

        OfferFulfillmentResponse fulfilment = client.offers().fulfillOffer(Requests.balanceTransfer());

        assertSentBodyIs(Spec.get().operation("fulfillOffer").requestExample("balanceTransfer"));
        assertThat(fulfilment.getFulfillmentReferenceId()).isEqualTo("FUL-7c1e5a90d3b24f6e");
        assertThat(fulfilment.getOfferId()).isEqualTo(Requests.OFFER_ID);
        assertThat(fulfilment.getOfferFulfillmentStatus())
                .isEqualTo(OfferFulfillmentResponse.OfferFulfillmentStatusEnum.COMPLETED);
        assertMapsEveryField(fulfilment, example);
    }
}
