package com.example.citi.au.customers.server.limits;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The client_authentication_failure table. Each change is one statement on its own (no transaction
 * around it) that says whether it happened, so that two instances recording a failure of the same
 * key at once retry rather than lose one.
 */
@Repository
class FailureRecordRepository {

    private final JdbcClient jdbc;

    FailureRecordRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    FailureRecord find(LockoutSubject subject) {
        return jdbc.sql("""
                        select failures, lockouts, locked_until, last_failure_at, version
                        from client_authentication_failure where subject_kind = :kind and subject = :subject
                        """)
                .param("kind", subject.kind().name())
                .param("subject", subject.key())
                .query(FailureRecordRepository::failureRecord)
                .optional()
                .orElse(FailureRecord.NONE);
    }

    /** Stores the record over the one it was computed from; false when another request changed that first. */
    boolean replace(LockoutSubject subject, FailureRecord before, FailureRecord after) {
        if (before.isNew()) {
            try {
                return jdbc.sql("""
                                insert into client_authentication_failure
                                    (subject_kind, subject, failures, lockouts, locked_until, last_failure_at, version)
                                values (:kind, :subject, :failures, :lockouts, :lockedUntil, :lastFailureAt, 0)
                                """)
                        .params(columns(subject, after))
                        .update() == 1;
            } catch (DuplicateKeyException e) {
                return false;
            }
        }
        return jdbc.sql("""
                        update client_authentication_failure
                        set failures = :failures, lockouts = :lockouts, locked_until = :lockedUntil,
                            last_failure_at = :lastFailureAt, version = version + 1
                        where subject_kind = :kind and subject = :subject and version = :version
                        """)
                .params(columns(subject, after))
                .param("version", before.version())
                .update() == 1;
    }

    void delete(LockoutSubject subject) {
        jdbc.sql("delete from client_authentication_failure where subject_kind = :kind and subject = :subject")
                .param("kind", subject.kind().name())
                .param("subject", subject.key())
                .update();
    }

    /** Forgets the keys whose last failure is older than the cutoff and that are not locked out. */
    void deleteForgotten(Instant cutoff, Instant now) {
        jdbc.sql("""
                        delete from client_authentication_failure
                        where last_failure_at < :cutoff and (locked_until is null or locked_until <= :now)
                        """)
                .param("cutoff", utc(cutoff))
                .param("now", utc(now))
                .update();
    }

    private static Map<String, Object> columns(LockoutSubject subject, FailureRecord record) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("kind", subject.kind().name());
        columns.put("subject", subject.key());
        columns.put("failures", record.failures());
        columns.put("lockouts", record.lockouts());
        columns.put("lockedUntil", record.lockedUntil() == null ? null : utc(record.lockedUntil()));
        columns.put("lastFailureAt", utc(record.lastFailureAt()));
        return columns;
    }

    private static FailureRecord failureRecord(ResultSet rs, int row) throws SQLException {
        return new FailureRecord(rs.getInt("failures"), rs.getInt("lockouts"), instant(rs, "locked_until"),
                instant(rs, "last_failure_at"), rs.getInt("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
