package com.example.citi.au.customers.server.contact.otp;

import com.example.citi.au.customers.server.domain.CustomerId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The control_flow table. Every state change is a conditional update that reports whether it
 * happened, so two concurrent requests can never both move the same flow.
 */
@Repository
class ControlFlowRepository {

    private final JdbcClient jdbc;

    ControlFlowRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void insert(String id, CustomerId customer, ChangeKind kind, String pendingChange, Instant createdAt,
                Instant expiresAt) {
        jdbc.sql("""
                        insert into control_flow (control_flow_id, customer_id, change_kind, pending_change, status,
                                                  failed_attempts, created_at, expires_at, version)
                        values (:id, :customer, :kind, :pendingChange, 'PENDING', 0, :createdAt, :expiresAt, 0)
                        """)
                .param("id", id)
                .param("customer", customer.value())
                .param("kind", kind.name())
                .param("pendingChange", pendingChange)
                .param("createdAt", utc(createdAt))
                .param("expiresAt", utc(expiresAt))
                .update();
    }

    Optional<ControlFlow> find(CustomerId customer, String id) {
        return jdbc.sql("""
                        select control_flow_id, customer_id, change_kind, pending_change, status, otp_hash,
                               otp_expires_at, failed_attempts, otp_sends, expires_at
                        from control_flow
                        where control_flow_id = :id and customer_id = :customer
                        """)
                .param("id", id)
                .param("customer", customer.value())
                .query(ControlFlowRepository::controlFlow)
                .optional();
    }

    /** Stores a new password and counts it, unless the flow is closed or has had {@code maxSends} already. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean storeOtp(CustomerId customer, String id, String otpHash, Instant otpExpiresAt, int maxSends) {
        return jdbc.sql("""
                        update control_flow
                        set otp_hash = :otpHash, otp_expires_at = :otpExpiresAt, otp_sends = otp_sends + 1,
                            version = version + 1
                        where control_flow_id = :id and customer_id = :customer and status in ('PENDING', 'VALIDATED')
                          and otp_sends < :maxSends
                        """)
                .param("maxSends", maxSends)
                .param("otpHash", otpHash)
                .param("otpExpiresAt", utc(otpExpiresAt))
                .param("id", id)
                .param("customer", customer.value())
                .update() == 1;
    }

    /** Counts one wrong password unless the limit is reached already; the attempt that reaches it locks the flow. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean countFailedAttempt(CustomerId customer, String id, int maxAttempts) {
        return jdbc.sql("""
                        update control_flow
                        set failed_attempts = failed_attempts + 1,
                            status = case when failed_attempts + 1 >= :maxAttempts then 'LOCKED' else status end,
                            version = version + 1
                        where control_flow_id = :id and customer_id = :customer
                          and status in ('PENDING', 'VALIDATED') and failed_attempts < :maxAttempts
                        """)
                .param("maxAttempts", maxAttempts)
                .param("id", id)
                .param("customer", customer.value())
                .update() == 1;
    }

    /** Marks the flow validated and uses up its password, if that password is still the current, unexpired one. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean markValidated(CustomerId customer, String id, String otpHash, Instant now) {
        return jdbc.sql("""
                        update control_flow
                        set status = 'VALIDATED', otp_hash = null, otp_expires_at = null, version = version + 1
                        where control_flow_id = :id and customer_id = :customer
                          and status in ('PENDING', 'VALIDATED') and otp_hash = :otpHash and otp_expires_at > :now
                          and expires_at > :now
                        """)
                .param("id", id)
                .param("customer", customer.value())
                .param("otpHash", otpHash)
                .param("now", utc(now))
                .update() == 1;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean markCompleted(CustomerId customer, String id, Instant now) {
        return jdbc.sql("""
                        update control_flow
                        set status = 'COMPLETED', version = version + 1
                        where control_flow_id = :id and customer_id = :customer
                          and status = 'VALIDATED' and expires_at > :now
                        """)
                .param("id", id)
                .param("customer", customer.value())
                .param("now", utc(now))
                .update() == 1;
    }

    private static ControlFlow controlFlow(ResultSet rs, int row) throws SQLException {
        return new ControlFlow(
                rs.getString("control_flow_id"),
                new CustomerId(rs.getLong("customer_id")),
                ChangeKind.valueOf(rs.getString("change_kind")),
                rs.getString("pending_change"),
                ControlFlowStatus.valueOf(rs.getString("status")),
                rs.getString("otp_hash"),
                instant(rs, "otp_expires_at"),
                rs.getInt("failed_attempts"),
                rs.getInt("otp_sends"),
                instant(rs, "expires_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
