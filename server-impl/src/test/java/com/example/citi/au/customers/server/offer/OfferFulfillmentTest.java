package com.example.citi.au.customers.server.offer;

import static com.example.citi.au.customers.server.offer.OfferUpdateTest.CHARLOTTES_DECLINED_LIMIT_INCREASE;
import static com.example.citi.au.customers.server.offer.OfferUpdateTest.OFFERS;
import static com.example.citi.au.customers.server.offer.OfferUpdateTest.OLIVIAS_ACCEPTED_LIMIT_INCREASE;
import static com.example.citi.au.customers.server.offer.OfferUpdateTest.OLIVIAS_PRESENTED_BALANCE_TRANSFER;
import static com.example.citi.au.customers.server.offer.OfferUpdateTest.change;
import static com.example.citi.au.customers.server.support.SandboxCaller.CHARLOTTE;
import static com.example.citi.au.customers.server.support.SandboxCaller.LIAM;
import static com.example.citi.au.customers.server.support.SandboxCaller.OLIVIA;
import static com.example.citi.au.customers.server.support.SandboxCaller.OLIVIA_READ_ONLY;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.server.support.ApiIntegrationTest;
import com.example.citi.au.customers.server.support.ApiResponse;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class OfferFulfillmentTest extends ApiIntegrationTest {

    static final String FULFILLMENTS = "/v1/sales/customers/offers/fulfillments";
    private static final String OLIVIAS_CARD = "4d6f1b2c8a9e0f3d4d6f1b2c8a9e0f3d";
    private static final String LIAMS_CARD = "9a8b7c6d5e4f30211a2b3c4d5e6f7081";

    @Autowired
    private JdbcClient jdbc;

    @Test
    void fulfilsAnAcceptedOffer() {
        ApiResponse response = post(OLIVIA, FULFILLMENTS, """
                {"offerId":"OFR-CLI-2026-0002","accountId":"%s","requestedAmount":2500.00,"currencyCode":"AUD",
                 "consentDetails":[{"consentType":"TERMS_AND_CONDITIONS","consentGivenFlag":true},
                                   {"consentType":"CREDIT_CHECK","consentGivenFlag":true}]}
                """.formatted(OLIVIAS_CARD)).send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("fulfillmentReferenceId").asString()).matches("^FUL-[0-9a-f]{16}$");
        assertThat(response.json().path("offerId").asString()).isEqualTo("OFR-CLI-2026-0002");
        assertThat(response.json().path("offerFulfillmentStatus").asString()).isEqualTo("COMPLETED");
    }

    @Test
    void recordsTheFulfilmentAndMarksTheOfferFulfilled() {
        clock.advance(Duration.ofMinutes(3));

        String reference = post(OLIVIA, FULFILLMENTS, """
                {"offerId":"OFR-CLI-2026-0002","accountId":"%s","requestedAmount":2500.5,"currencyCode":"AUD",
                 "consentDetails":[{"consentType":"TERMS_AND_CONDITIONS","consentGivenFlag":true},
                                   {"consentType":"CREDIT_CHECK","consentGivenFlag":true}]}
                """.formatted(OLIVIAS_CARD)).send().json().path("fulfillmentReferenceId").asString();

        Map<String, Object> fulfillment = fulfillmentRow(OLIVIAS_ACCEPTED_LIMIT_INCREASE);
        assertThat(fulfillment.get("fulfillment_reference_id")).isEqualTo(reference);
        assertThat(fulfillment.get("customer_id")).isEqualTo(1L);
        assertThat(fulfillment.get("account_id")).isEqualTo(OLIVIAS_CARD);
        assertThat((BigDecimal) fulfillment.get("requested_amount")).isEqualByComparingTo("2500.50");
        assertThat(fulfillment.get("currency_code")).isEqualTo("AUD");
        assertThat(fulfillment.get("consent_types")).isEqualTo("TERMS_AND_CONDITIONS,CREDIT_CHECK");
        assertThat(fulfilledAt(OLIVIAS_ACCEPTED_LIMIT_INCREASE)).isEqualTo(Instant.parse("2026-11-28T10:03:00Z"));
        assertThat(offerStatus(OLIVIAS_ACCEPTED_LIMIT_INCREASE)).isEqualTo("FULFILLED");
    }

    @Test
    void fulfilsWithOnlyTheRequiredFields() {
        ApiResponse response = post(OLIVIA, FULFILLMENTS, minimalFulfillment(OLIVIAS_ACCEPTED_LIMIT_INCREASE)).send();

        assertThat(response.status()).isEqualTo(200);
        Map<String, Object> fulfillment = fulfillmentRow(OLIVIAS_ACCEPTED_LIMIT_INCREASE);
        assertThat(fulfillment.get("account_id")).isNull();
        assertThat(fulfillment.get("requested_amount")).isNull();
        assertThat(fulfillment.get("currency_code")).isNull();
    }

    @Test
    void issuesADifferentReferenceForEachFulfilment() {
        put(OLIVIA, OFFERS, change(OLIVIAS_PRESENTED_BALANCE_TRANSFER, "ACCEPTED")).send();

        String first = post(OLIVIA, FULFILLMENTS, minimalFulfillment(OLIVIAS_ACCEPTED_LIMIT_INCREASE)).send()
                .json().path("fulfillmentReferenceId").asString();
        String second = post(OLIVIA, FULFILLMENTS, minimalFulfillment(OLIVIAS_PRESENTED_BALANCE_TRANSFER)).send()
                .json().path("fulfillmentReferenceId").asString();

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void storesTenConsentTypesOfTheLongestAllowedLength() {
        String consents = IntStream.range(0, 10)
                .mapToObj(i -> "{\"consentType\":\"C" + i + "_".repeat(38) + "\",\"consentGivenFlag\":true}")
                .collect(Collectors.joining(","));

        ApiResponse response = post(OLIVIA, FULFILLMENTS,
                "{\"offerId\":\"OFR-CLI-2026-0002\",\"consentDetails\":[" + consents + "]}").send();

        assertThat(response.status()).isEqualTo(200);
        assertThat((String) fulfillmentRow(OLIVIAS_ACCEPTED_LIMIT_INCREASE).get("consent_types")).hasSize(409);
    }

    @Test
    void rejectsFulfillingTheSameOfferTwice() {
        post(OLIVIA, FULFILLMENTS, minimalFulfillment(OLIVIAS_ACCEPTED_LIMIT_INCREASE)).send();

        ApiResponse second = post(OLIVIA, FULFILLMENTS, minimalFulfillment(OLIVIAS_ACCEPTED_LIMIT_INCREASE)).send();

        assertThat(second.status()).isEqualTo(422);
        assertThat(second.errorCode()).isEqualTo("businessValidationsFailed");
        assertThat(second.errorLocation()).isEqualTo("offerId");
        assertThat(second.json().path("details").asString()).isEqualTo("The offer was already fulfilled");
        assertThat(fulfillmentCount(OLIVIAS_ACCEPTED_LIMIT_INCREASE)).isEqualTo(1);
    }

    @Test
    void turnsALostRaceOnTheUniqueOfferConstraintIntoAlreadyFulfilled() {
        givenAConcurrentRequestAlreadyRecordedAFulfilmentFor(OLIVIAS_ACCEPTED_LIMIT_INCREASE);

        ApiResponse response = post(OLIVIA, FULFILLMENTS, minimalFulfillment(OLIVIAS_ACCEPTED_LIMIT_INCREASE)).send();

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorCode()).isEqualTo("businessValidationsFailed");
        assertThat(response.json().path("details").asString()).isEqualTo("The offer was already fulfilled");
        assertThat(fulfillmentCount(OLIVIAS_ACCEPTED_LIMIT_INCREASE)).isEqualTo(1);
        assertThat(offerStatus(OLIVIAS_ACCEPTED_LIMIT_INCREASE)).isEqualTo("ACCEPTED");
    }

    @Test
    void fulfilsOnceWhenManyRequestsArriveTogether() throws Exception {
        int requests = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                Callable<Integer> fulfil = () -> {
                    start.await();
                    return post(OLIVIA, FULFILLMENTS, minimalFulfillment(OLIVIAS_ACCEPTED_LIMIT_INCREASE)).send().status();
                };
                statuses.add(pool.submit(fulfil));
            }
            start.countDown();

            List<Integer> answered = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                answered.add(status.get());
            }
            assertThat(answered).containsOnly(200, 422);
            assertThat(answered).filteredOn(status -> status == 200).hasSize(1);
            assertThat(fulfillmentCount(OLIVIAS_ACCEPTED_LIMIT_INCREASE)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void rejectsAnOfferThatWasNotAccepted() {
        ApiResponse response = post(OLIVIA, FULFILLMENTS, minimalFulfillment(OLIVIAS_PRESENTED_BALANCE_TRANSFER)).send();

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorCode()).isEqualTo("businessValidationsFailed");
        assertThat(response.errorLocation()).isEqualTo("offerId");
        assertThat(response.json().path("details").asString())
                .isEqualTo("Only an accepted offer can be fulfilled; the offer is PRESENTED");
        assertThat(offerStatus(OLIVIAS_PRESENTED_BALANCE_TRANSFER)).isEqualTo("PRESENTED");
        assertThat(fulfillmentCount(OLIVIAS_PRESENTED_BALANCE_TRANSFER)).isZero();
    }

    @Test
    void rejectsADeclinedOffer() {
        ApiResponse response = post(CHARLOTTE, FULFILLMENTS, minimalFulfillment(CHARLOTTES_DECLINED_LIMIT_INCREASE)).send();

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorLocation()).isEqualTo("offerId");
        assertThat(response.json().path("details").asString())
                .isEqualTo("Only an accepted offer can be fulfilled; the offer is DECLINED");
        assertThat(fulfillmentCount(CHARLOTTES_DECLINED_LIMIT_INCREASE)).isZero();
    }

    @Test
    void rejectsAnAcceptedOfferAfterItsExpiryDayEndedInSydney() {
        moveClockTo("2099-03-31T13:00:00Z");

        ApiResponse response = post(OLIVIA, FULFILLMENTS, minimalFulfillment(OLIVIAS_ACCEPTED_LIMIT_INCREASE)).send();

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorCode()).isEqualTo("businessValidationsFailed");
        assertThat(response.errorLocation()).isEqualTo("offerId");
        assertThat(response.json().path("details").asString())
                .isEqualTo("The offer expired on 2099-03-31 and cannot be fulfilled");
        assertAcceptedAndUnfulfilled(OLIVIAS_ACCEPTED_LIMIT_INCREASE);
    }

    @Test
    void fulfilsAnAcceptedOfferOnItsLastDayInSydney() {
        moveClockTo("2099-03-31T12:59:59Z");

        ApiResponse response = post(OLIVIA, FULFILLMENTS, minimalFulfillment(OLIVIAS_ACCEPTED_LIMIT_INCREASE)).send();

        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void rejectsAConsentThatWasNotGiven() {
        ApiResponse response = post(OLIVIA, FULFILLMENTS, """
                {"offerId":"OFR-CLI-2026-0002",
                 "consentDetails":[{"consentType":"TERMS_AND_CONDITIONS","consentGivenFlag":true},
                                   {"consentType":"CREDIT_CHECK","consentGivenFlag":false}]}
                """).send();

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorCode()).isEqualTo("businessValidationsFailed");
        assertThat(response.errorLocation()).isEqualTo("consentDetails[1].consentGivenFlag");
        assertThat(response.json().path("details").asString()).isEqualTo("Every consent must be given; CREDIT_CHECK was not");
        assertAcceptedAndUnfulfilled(OLIVIAS_ACCEPTED_LIMIT_INCREASE);
    }

    @Test
    void rejectsAnotherCustomersCardAccount() {
        ApiResponse response = post(OLIVIA, FULFILLMENTS, """
                {"offerId":"OFR-CLI-2026-0002","accountId":"%s",
                 "consentDetails":[{"consentType":"TERMS_AND_CONDITIONS","consentGivenFlag":true}]}
                """.formatted(LIAMS_CARD)).send();

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.errorCode()).isEqualTo("resourceNotFound");
        assertThat(response.errorLocation()).isEqualTo("accountId");
        assertAcceptedAndUnfulfilled(OLIVIAS_ACCEPTED_LIMIT_INCREASE);
    }

    @Test
    void rejectsAnUnknownCardAccount() {
        ApiResponse response = post(OLIVIA, FULFILLMENTS, """
                {"offerId":"OFR-CLI-2026-0002","accountId":"00000000000000000000000000000000",
                 "consentDetails":[{"consentType":"TERMS_AND_CONDITIONS","consentGivenFlag":true}]}
                """).send();

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.errorLocation()).isEqualTo("accountId");
        assertAcceptedAndUnfulfilled(OLIVIAS_ACCEPTED_LIMIT_INCREASE);
    }

    @Test
    void rejectsACurrencyWithoutAnAmount() {
        ApiResponse response = post(OLIVIA, FULFILLMENTS, """
                {"offerId":"OFR-CLI-2026-0002","currencyCode":"AUD",
                 "consentDetails":[{"consentType":"TERMS_AND_CONDITIONS","consentGivenFlag":true}]}
                """).send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("invalidRequest");
        assertThat(response.errorLocation()).isEqualTo("requestedAmount");
        assertAcceptedAndUnfulfilled(OLIVIAS_ACCEPTED_LIMIT_INCREASE);
    }

    @Test
    void rejectsAnAmountWithoutACurrency() {
        ApiResponse response = post(OLIVIA, FULFILLMENTS, """
                {"offerId":"OFR-CLI-2026-0002","requestedAmount":100,
                 "consentDetails":[{"consentType":"TERMS_AND_CONDITIONS","consentGivenFlag":true}]}
                """).send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("invalidRequest");
        assertThat(response.errorLocation()).isEqualTo("currencyCode");
        assertAcceptedAndUnfulfilled(OLIVIAS_ACCEPTED_LIMIT_INCREASE);
    }

    @Test
    void rejectsAnAmountWithFractionsOfACent() {
        ApiResponse response = post(OLIVIA, FULFILLMENTS, """
                {"offerId":"OFR-CLI-2026-0002","requestedAmount":100.005,"currencyCode":"AUD",
                 "consentDetails":[{"consentType":"TERMS_AND_CONDITIONS","consentGivenFlag":true}]}
                """).send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorLocation()).isEqualTo("requestedAmount");
        assertAcceptedAndUnfulfilled(OLIVIAS_ACCEPTED_LIMIT_INCREASE);
    }

    @Test
    void rejectsARequestWithoutConsents() {
        ApiResponse response = post(OLIVIA, FULFILLMENTS, "{\"offerId\":\"OFR-CLI-2026-0002\",\"consentDetails\":[]}").send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorLocation()).isEqualTo("consentDetails");
        assertAcceptedAndUnfulfilled(OLIVIAS_ACCEPTED_LIMIT_INCREASE);
    }

    @Test
    void answers404ForAnUnknownOffer() {
        ApiResponse response = post(OLIVIA, FULFILLMENTS, minimalFulfillment("OFR-NO-SUCH-OFFER")).send();

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.errorCode()).isEqualTo("resourceNotFound");
        assertThat(response.errorLocation()).isEqualTo("offerId");
    }

    @Test
    void liamCannotFulfilOliviasOffer() {
        ApiResponse response = post(LIAM, FULFILLMENTS, """
                {"offerId":"OFR-CLI-2026-0002","accountId":"%s",
                 "consentDetails":[{"consentType":"TERMS_AND_CONDITIONS","consentGivenFlag":true}]}
                """.formatted(LIAMS_CARD)).send();

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.errorCode()).isEqualTo("resourceNotFound");
        assertThat(response.errorLocation()).isEqualTo("offerId");
        assertAcceptedAndUnfulfilled(OLIVIAS_ACCEPTED_LIMIT_INCREASE);
    }

    @Test
    void rejectsATokenWithoutTheOffersScope() {
        ApiResponse response = post(OLIVIA_READ_ONLY, FULFILLMENTS, minimalFulfillment(OLIVIAS_ACCEPTED_LIMIT_INCREASE)).send();

        assertThat(response.status()).isEqualTo(403);
        assertAcceptedAndUnfulfilled(OLIVIAS_ACCEPTED_LIMIT_INCREASE);
    }

    static String minimalFulfillment(String offerId) {
        return "{\"offerId\":\"" + offerId
                + "\",\"consentDetails\":[{\"consentType\":\"TERMS_AND_CONDITIONS\",\"consentGivenFlag\":true}]}";
    }

    /** Through the API where it can: sending ACCEPTED again answers the offer unchanged, and no fulfilment exists. */
    private void assertAcceptedAndUnfulfilled(String offerId) {
        ApiResponse current = put(OLIVIA, OFFERS, change(offerId, "ACCEPTED")).send();
        assertThat(current.status()).isEqualTo(200);
        assertThat(current.json().path("offerStatus").asString()).isEqualTo("ACCEPTED");
        assertThat(current.json().path("lastUpdatedDateTime").asString()).isEqualTo("2026-11-10T00:00:00Z");
        assertThat(fulfillmentCount(offerId)).isZero();
    }

    private void givenAConcurrentRequestAlreadyRecordedAFulfilmentFor(String offerId) {
        jdbc.sql("""
                        insert into offer_fulfillment (fulfillment_reference_id, offer_id, customer_id, consent_types, fulfilled_at)
                        values ('FUL-0000000000000000', :offerId, 1, 'TERMS_AND_CONDITIONS', :at)
                        """)
                .param("offerId", offerId)
                .param("at", OffsetDateTime.parse("2026-11-28T09:59:59Z"))
                .update();
    }

    private void moveClockTo(String instant) {
        clock.advance(Duration.between(clock.instant(), Instant.parse(instant)));
    }

    private Map<String, Object> fulfillmentRow(String offerId) {
        return jdbc.sql("""
                        select fulfillment_reference_id, customer_id, account_id, requested_amount, currency_code, consent_types
                        from offer_fulfillment where offer_id = :offerId
                        """)
                .param("offerId", offerId)
                .query()
                .singleRow();
    }

    private Instant fulfilledAt(String offerId) {
        return jdbc.sql("select fulfilled_at from offer_fulfillment where offer_id = :offerId")
                .param("offerId", offerId)
                .query((rs, row) -> rs.getObject("fulfilled_at", OffsetDateTime.class).toInstant())
                .single();
    }

    private long fulfillmentCount(String offerId) {
        return jdbc.sql("select count(*) from offer_fulfillment where offer_id = :offerId")
                .param("offerId", offerId)
                .query(Long.class)
                .single();
    }

    private String offerStatus(String offerId) {
        return jdbc.sql("select offer_status from offer where offer_id = :offerId")
                .param("offerId", offerId)
                .query(String.class)
                .single();
    }
}
