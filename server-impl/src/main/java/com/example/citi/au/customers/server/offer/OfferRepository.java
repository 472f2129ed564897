package com.example.citi.au.customers.server.offer;

import com.example.citi.au.customers.server.domain.CustomerId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
class OfferRepository {

    private final JdbcClient jdbc;

    OfferRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the offer until the transaction ends, so concurrent responses to it apply one after another. */
    Optional<CustomerOffer> findForUpdate(CustomerId customer, String offerId) {
        return jdbc.sql("""
                        select offer_id, offer_status, campaign_id, wave_id, offer_product_code, offer_source_code,
                               offer_expiry_date, updated_at
                        from offer
                        where offer_id = :offerId and customer_id = :customerId
                        for update
                        """)
                .param("offerId", offerId)
                .param("customerId", customer.value())
                .query((rs, row) -> offer(rs))
                .optional();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void recordResponse(CustomerId customer, String offerId, OfferState state, String channelId, Instant at) {
        jdbc.sql("""
                        update offer set offer_status = :state, channel_id = :channelId, updated_at = :updatedAt
                        where offer_id = :offerId and customer_id = :customerId
                        """)
                .param("state", state.name())
                .param("channelId", channelId)
                .param("updatedAt", utc(at))
                .param("offerId", offerId)
                .param("customerId", customer.value())
                .update();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void markFulfilled(CustomerId customer, String offerId, Instant at) {
        jdbc.sql("""
                        update offer set offer_status = :state, updated_at = :updatedAt
                        where offer_id = :offerId and customer_id = :customerId
                        """)
                .param("state", OfferState.FULFILLED.name())
                .param("updatedAt", utc(at))
                .param("offerId", offerId)
                .param("customerId", customer.value())
                .update();
    }

    boolean isCardAccountOf(CustomerId customer, String accountId) {
        return jdbc.sql("select count(*) from card_account where account_id = :accountId and customer_id = :customerId")
                .param("accountId", accountId)
                .param("customerId", customer.value())
                .query(Long.class)
                .single() > 0;
    }

    /**
     * Records the fulfilment; false when the offer already has one, which the unique offer_id
     * constraint detects even when two requests race past the status check.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean insertFulfillment(CustomerId customer, String referenceId, FulfillmentRequest request, Instant at) {
        try {
            jdbc.sql("""
                            insert into offer_fulfillment (fulfillment_reference_id, offer_id, customer_id, account_id,
                                                           requested_amount, currency_code, consent_types, fulfilled_at)
                            values (:referenceId, :offerId, :customerId, :accountId,
                                    :requestedAmount, :currencyCode, :consentTypes, :fulfilledAt)
                            """)
                    .param("referenceId", referenceId)
                    .param("offerId", request.offerId())
                    .param("customerId", customer.value())
                    .param("accountId", request.accountId())
                    .param("requestedAmount", request.requestedAmount())
                    .param("currencyCode", request.currencyCode())
                    .param("consentTypes", request.consents().stream()
                            .map(FulfillmentRequest.Consent::type)
                            .collect(Collectors.joining(",")))
                    .param("fulfilledAt", utc(at))
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    private static CustomerOffer offer(ResultSet rs) throws SQLException {
        return new CustomerOffer(
                rs.getString("offer_id"),
                OfferState.valueOf(rs.getString("offer_status")),
                rs.getString("campaign_id"),
                rs.getString("wave_id"),
                rs.getString("offer_product_code"),
                rs.getString("offer_source_code"),
                rs.getObject("offer_expiry_date", LocalDate.class),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
