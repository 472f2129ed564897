package com.example.citi.au.customers.server.offer;

import static com.example.citi.au.customers.server.support.SandboxCaller.CHARLOTTE;
import static com.example.citi.au.customers.server.support.SandboxCaller.LIAM;
import static com.example.citi.au.customers.server.support.SandboxCaller.OLIVIA;
import static com.example.citi.au.customers.server.support.SandboxCaller.OLIVIA_READ_ONLY;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.server.support.ApiIntegrationTest;
import com.example.citi.au.customers.server.support.ApiResponse;
import com.example.citi.au.customers.server.support.SandboxCaller;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class OfferUpdateTest extends ApiIntegrationTest {

    static final String OFFERS = "/v1/offers";
    static final String OLIVIAS_PRESENTED_BALANCE_TRANSFER = "OFR-BT-2026-0001";
    static final String OLIVIAS_ACCEPTED_LIMIT_INCREASE = "OFR-CLI-2026-0002";
    static final String OLIVIAS_EXPIRED_VIEWED_LOAN = "OFR-PL-2025-0003";
    static final String CHARLOTTES_DECLINED_LIMIT_INCREASE = "OFR-CLI-2026-0201";

    @Autowired
    private JdbcClient jdbc;

    @Test
    void movesAPresentedOfferForwardAndAnswersTheWholeOffer() {
        ApiResponse response = put(OLIVIA, OFFERS, change(OLIVIAS_PRESENTED_BALANCE_TRANSFER, "VIEWED")).send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("offerId").asString()).isEqualTo("OFR-BT-2026-0001");
        assertThat(response.json().path("offerStatus").asString()).isEqualTo("VIEWED");
        assertThat(response.json().path("campaignId").asString()).isEqualTo("CMP-2026-11");
        assertThat(response.json().path("waveId").asString()).isEqualTo("W01");
        assertThat(response.json().path("offerProductCode").asString()).isEqualTo("BALANCE_TRANSFER");
        assertThat(response.json().path("offerSourceCode").asString()).isEqualTo("DIGITAL");
        assertThat(response.json().path("offerExpiryDate").asString()).isEqualTo("2099-01-31");
        assertThat(response.json().path("lastUpdatedDateTime").asString()).isEqualTo("2026-11-28T10:00:00Z");
    }

    @Test
    void mayMoveForwardPastIntermediateStatuses() {
        ApiResponse response = put(OLIVIA, OFFERS,
                change(OLIVIAS_PRESENTED_BALANCE_TRANSFER, "ACCEPTED", "MOBILE")).send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("offerStatus").asString()).isEqualTo("ACCEPTED");
    }

    @Test
    void movesStepByStepThroughEveryForwardStatus() {
        for (String status : new String[] {"VIEWED", "CLICKED", "ACCEPTED"}) {
            ApiResponse response = put(OLIVIA, OFFERS, change(OLIVIAS_PRESENTED_BALANCE_TRANSFER, status)).send();

            assertThat(response.status()).as(status).isEqualTo(200);
            assertThat(response.json().path("offerStatus").asString()).isEqualTo(status);
        }
    }

    @Test
    void mayDeclineAPresentedOffer() {
        ApiResponse response = put(OLIVIA, OFFERS, change(OLIVIAS_PRESENTED_BALANCE_TRANSFER, "DECLINED")).send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("offerStatus").asString()).isEqualTo("DECLINED");
    }

    @Test
    void mayDeclineAnAcceptedOffer() {
        ApiResponse response = put(OLIVIA, OFFERS, change(OLIVIAS_ACCEPTED_LIMIT_INCREASE, "DECLINED")).send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("offerStatus").asString()).isEqualTo("DECLINED");
    }

    @Test
    void storesTheChannelAndTheTimeOfTheResponse() {
        clock.advance(Duration.ofMinutes(7));

        put(OLIVIA, OFFERS, change(OLIVIAS_PRESENTED_BALANCE_TRANSFER, "CLICKED", "INTERNET")).send();

        Map<String, Object> row = offerRow(OLIVIAS_PRESENTED_BALANCE_TRANSFER);
        assertThat(row.get("offer_status")).isEqualTo("CLICKED");
        assertThat(row.get("channel_id")).isEqualTo("INTERNET");
        assertThat(updatedAt(OLIVIAS_PRESENTED_BALANCE_TRANSFER)).isEqualTo(Instant.parse("2026-11-28T10:07:00Z"));
    }

    @Test
    void answersTheCurrentStatusAgainWithTheOfferUnchanged() {
        clock.advance(Duration.ofHours(1));

        ApiResponse response = put(OLIVIA, OFFERS, change(OLIVIAS_ACCEPTED_LIMIT_INCREASE, "ACCEPTED", "BRANCH")).send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("offerStatus").asString()).isEqualTo("ACCEPTED");
        assertThat(response.json().path("lastUpdatedDateTime").asString()).isEqualTo("2026-11-10T00:00:00Z");
        assertThat(offerRow(OLIVIAS_ACCEPTED_LIMIT_INCREASE).get("channel_id")).isEqualTo("MOBILE");
    }

    @Test
    void rejectsABackwardMove() {
        put(OLIVIA, OFFERS, change(OLIVIAS_PRESENTED_BALANCE_TRANSFER, "CLICKED")).send();
        clock.advance(Duration.ofMinutes(1));

        ApiResponse response = put(OLIVIA, OFFERS, change(OLIVIAS_PRESENTED_BALANCE_TRANSFER, "VIEWED")).send();

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorCode()).isEqualTo("businessValidationsFailed");
        assertThat(response.errorLocation()).isEqualTo("offerStatus");
        assertThat(response.json().path("details").asString())
                .isEqualTo("The offer status cannot move back from CLICKED to VIEWED");
        assertOfferStill(OLIVIA, OLIVIAS_PRESENTED_BALANCE_TRANSFER, "CLICKED", "2026-11-28T10:00:00Z");
    }

    @Test
    void rejectsAnyChangeToADeclinedOffer() {
        ApiResponse response = put(CHARLOTTE, OFFERS, change(CHARLOTTES_DECLINED_LIMIT_INCREASE, "ACCEPTED")).send();

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorCode()).isEqualTo("businessValidationsFailed");
        assertThat(response.errorLocation()).isEqualTo("offerId");
        assertThat(response.json().path("details").asString()).isEqualTo("The offer was declined and cannot change");
        assertOfferStill(CHARLOTTE, CHARLOTTES_DECLINED_LIMIT_INCREASE, "DECLINED", "2026-11-12T00:00:00Z");
    }

    @Test
    void rejectsAnyChangeToAFulfilledOffer() {
        post(OLIVIA, OfferFulfillmentTest.FULFILLMENTS,
                OfferFulfillmentTest.minimalFulfillment(OLIVIAS_ACCEPTED_LIMIT_INCREASE)).send();

        ApiResponse response = put(OLIVIA, OFFERS, change(OLIVIAS_ACCEPTED_LIMIT_INCREASE, "DECLINED")).send();

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorCode()).isEqualTo("businessValidationsFailed");
        assertThat(response.errorLocation()).isEqualTo("offerId");
        assertThat(response.json().path("details").asString()).isEqualTo("The offer was fulfilled and cannot change");
        assertThat(offerRow(OLIVIAS_ACCEPTED_LIMIT_INCREASE).get("offer_status")).isEqualTo("FULFILLED");
    }

    @Test
    void rejectsAnyChangeToAnExpiredOffer() {
        ApiResponse response = put(OLIVIA, OFFERS, change(OLIVIAS_EXPIRED_VIEWED_LOAN, "CLICKED")).send();

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorCode()).isEqualTo("businessValidationsFailed");
        assertThat(response.errorLocation()).isEqualTo("offerId");
        assertThat(response.json().path("details").asString())
                .isEqualTo("The offer expired on 2025-12-31 and cannot change");
        assertOfferStill(OLIVIA, OLIVIAS_EXPIRED_VIEWED_LOAN, "VIEWED", "2025-07-01T00:00:00Z");
    }

    @Test
    void answersTheCurrentStatusOfAnExpiredOfferUnchanged() {
        ApiResponse response = put(OLIVIA, OFFERS, change(OLIVIAS_EXPIRED_VIEWED_LOAN, "VIEWED")).send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("offerStatus").asString()).isEqualTo("VIEWED");
        assertThat(response.json().path("offerExpiryDate").asString()).isEqualTo("2025-12-31");
    }

    @Test
    void stillAcceptsChangesOnTheLastDayInSydney() {
        moveClockTo("2099-01-31T12:59:59Z");

        ApiResponse response = put(OLIVIA, OFFERS, change(OLIVIAS_PRESENTED_BALANCE_TRANSFER, "VIEWED")).send();

        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void expiresAtMidnightInSydneyWhileTheDayIsNotOverInUtc() {
        moveClockTo("2099-01-31T13:00:00Z");

        ApiResponse response = put(OLIVIA, OFFERS, change(OLIVIAS_PRESENTED_BALANCE_TRANSFER, "VIEWED")).send();

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("details").asString())
                .isEqualTo("The offer expired on 2099-01-31 and cannot change");
        assertThat(offerRow(OLIVIAS_PRESENTED_BALANCE_TRANSFER).get("offer_status")).isEqualTo("PRESENTED");
    }

    @Test
    void answers404ForAnUnknownOffer() {
        ApiResponse response = put(OLIVIA, OFFERS, change("OFR-NO-SUCH-OFFER", "VIEWED")).send();

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.errorCode()).isEqualTo("resourceNotFound");
        assertThat(response.errorLocation()).isEqualTo("offerId");
    }

    @Test
    void liamCannotUpdateOliviasOffer() {
        ApiResponse response = put(LIAM, OFFERS, change(OLIVIAS_ACCEPTED_LIMIT_INCREASE, "DECLINED")).send();

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.errorCode()).isEqualTo("resourceNotFound");
        assertThat(response.errorLocation()).isEqualTo("offerId");
        assertOfferStill(OLIVIA, OLIVIAS_ACCEPTED_LIMIT_INCREASE, "ACCEPTED", "2026-11-10T00:00:00Z");
    }

    @Test
    void rejectsAStatusACustomerCannotSet() {
        ApiResponse response = put(OLIVIA, OFFERS, change(OLIVIAS_ACCEPTED_LIMIT_INCREASE, "FULFILLED")).send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("invalidRequest");
        assertThat(response.errorLocation()).isEqualTo("offerStatus");
        assertOfferStill(OLIVIA, OLIVIAS_ACCEPTED_LIMIT_INCREASE, "ACCEPTED", "2026-11-10T00:00:00Z");
    }

    @Test
    void rejectsAMalformedOfferId() {
        ApiResponse response = put(OLIVIA, OFFERS, change("ofr-lower-case", "VIEWED")).send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorLocation()).isEqualTo("offerId");
    }

    @Test
    void rejectsAnUnknownChannel() {
        ApiResponse response = put(OLIVIA, OFFERS, change(OLIVIAS_PRESENTED_BALANCE_TRANSFER, "VIEWED", "FAX")).send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorLocation()).isEqualTo("channelId");
        assertThat(offerRow(OLIVIAS_PRESENTED_BALANCE_TRANSFER).get("offer_status")).isEqualTo("PRESENTED");
    }

    @Test
    void rejectsATokenWithoutTheOffersScope() {
        ApiResponse response = put(OLIVIA_READ_ONLY, OFFERS, change(OLIVIAS_ACCEPTED_LIMIT_INCREASE, "DECLINED")).send();

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.errorCode()).isEqualTo("accessNotConfigured");
        assertOfferStill(OLIVIA, OLIVIAS_ACCEPTED_LIMIT_INCREASE, "ACCEPTED", "2026-11-10T00:00:00Z");
    }

    static String change(String offerId, String status) {
        return "{\"offerId\":\"" + offerId + "\",\"offerStatus\":\"" + status + "\"}";
    }

    static String change(String offerId, String status, String channel) {
        return "{\"offerId\":\"" + offerId + "\",\"offerStatus\":\"" + status + "\",\"channelId\":\"" + channel + "\"}";
    }

    /** Reads an offer back through the API: sending its current status again answers it unchanged. */
    private void assertOfferStill(SandboxCaller owner, String offerId,
                                  String status, String lastUpdated) {
        ApiResponse current = put(owner, OFFERS, change(offerId, status)).send();
        assertThat(current.status()).isEqualTo(200);
        assertThat(current.json().path("offerStatus").asString()).isEqualTo(status);
        assertThat(current.json().path("lastUpdatedDateTime").asString()).isEqualTo(lastUpdated);
    }

    private void moveClockTo(String instant) {
        clock.advance(Duration.between(clock.instant(), Instant.parse(instant)));
    }

    private Map<String, Object> offerRow(String offerId) {
        return jdbc.sql("select offer_status, channel_id from offer where offer_id = :offerId")
                .param("offerId", offerId)
                .query()
                .singleRow();
    }

    private Instant updatedAt(String offerId) {
        return jdbc.sql("select updated_at from offer where offer_id = :offerId")
                .param("offerId", offerId)
                .query((rs, row) -> rs.getObject("updated_at", OffsetDateTime.class).toInstant())
                .single();
    }
}
