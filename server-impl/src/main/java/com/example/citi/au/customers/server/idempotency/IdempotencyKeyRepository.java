package com.example.citi.au.customers.server.idempotency;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
class IdempotencyKeyRepository {

    private static final String KEY_COLUMNS = """
            client_id = :clientId and customer_id = :customerId and operation = :operation
            and idempotency_key = :key""";

    private final JdbcClient jdbc;

    IdempotencyKeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The row of the key, locked until the claim's transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<KeyRow> findForUpdate(IdempotencyScope scope) {
        return jdbc.sql("""
                        select request_hash, claimed_at, expires_at, response_status, response_content_type, response_body
                        from idempotency_key where %s for update
                        """.formatted(KEY_COLUMNS))
                .params(keyParams(scope))
                .query((rs, row) -> new KeyRow(
                        rs.getString("request_hash"),
                        rs.getObject("claimed_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("response_status") == null ? null : new StoredAnswer(
                                rs.getInt("response_status"),
                                rs.getString("response_content_type"),
                                rs.getBytes("response_body"))))
                .optional();
    }

    /** Fails with a duplicate key when another request claimed the key since {@link #findForUpdate}. */
    @Transactional(propagation = Propagation.MANDATORY)
    void insertClaim(IdempotencyScope scope, String requestHash, String token, Instant now, Instant expiresAt) {
        jdbc.sql("""
                        insert into idempotency_key (client_id, customer_id, operation, idempotency_key, request_hash,
                                                     claim_token, claimed_at, expires_at)
                        values (:clientId, :customerId, :operation, :key, :hash, :token, :now, :expiresAt)
                        """)
                .params(keyParams(scope))
                .params(claimParams(requestHash, token, now, expiresAt))
                .update();
    }

    /** Claims a key whose answer expired, or whose first request stopped without one, afresh. */
    @Transactional(propagation = Propagation.MANDATORY)
    void reclaim(IdempotencyScope scope, String requestHash, String token, Instant now, Instant expiresAt) {
        jdbc.sql("""
                        update idempotency_key
                        set request_hash = :hash, claim_token = :token, claimed_at = :now, expires_at = :expiresAt,
                            response_status = null, response_content_type = null, response_body = null
                        where %s
                        """.formatted(KEY_COLUMNS))
                .params(keyParams(scope))
                .params(claimParams(requestHash, token, now, expiresAt))
                .update();
    }

    /**
     * Stores the answer in the write's own transaction; false when the claim is no longer this
     * request's (a retry took it over after the in-flight timeout), which must then not apply.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean storeAnswer(IdempotencyScope scope, String token, StoredAnswer answer, Instant expiresAt) {
        return jdbc.sql("""
                        update idempotency_key
                        set response_status = :status, response_content_type = :contentType, response_body = :body,
                            expires_at = :expiresAt
                        where %s and claim_token = :token and response_status is null
                        """.formatted(KEY_COLUMNS))
                .params(keyParams(scope))
                .param("token", token)
                .param("status", answer.status())
                .param("contentType", answer.contentType())
                .param("body", answer.body())
                .param("expiresAt", expiresAt.atOffset(ZoneOffset.UTC))
                .update() == 1;
    }

    /** Gives up a claim whose request stored no answer, so that the key can be sent again. */
    @Transactional(propagation = Propagation.MANDATORY)
    void release(IdempotencyScope scope, String token) {
        jdbc.sql("delete from idempotency_key where %s and claim_token = :token and response_status is null"
                        .formatted(KEY_COLUMNS))
                .params(keyParams(scope))
                .param("token", token)
                .update();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    int deleteExpired(Instant now) {
        return jdbc.sql("delete from idempotency_key where expires_at <= :now")
                .param("now", now.atOffset(ZoneOffset.UTC))
                .update();
    }

    private static Map<String, Object> claimParams(String requestHash, String token, Instant now, Instant expiresAt) {
        return Map.of("hash", requestHash, "token", token, "now", now.atOffset(ZoneOffset.UTC),
                "expiresAt", expiresAt.atOffset(ZoneOffset.UTC));
    }

    private static Map<String, Object> keyParams(IdempotencyScope scope) {
        return Map.of("clientId", scope.clientId(), "customerId", scope.customerId(),
                "operation", scope.operation(), "key", scope.key());
    }

    /** A key as stored; {@code answer} is null while its first request runs. */
    record KeyRow(String requestHash, Instant claimedAt, Instant expiresAt, StoredAnswer answer) {
    }
}
