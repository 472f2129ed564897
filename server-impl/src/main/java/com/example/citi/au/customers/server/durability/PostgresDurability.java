package com.example.citi.au.customers.server.durability;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * PostgreSQL makes a commit durable itself before it answers the COMMIT: it flushes the commit's
 * write-ahead log to disk, unless {@code synchronous_commit} is off (then the server acknowledges
 * commits it may lose for up to three times {@code wal_writer_delay}) or {@code fsync} is off
 * (then nothing is ever forced to disk). Either setting would break the server's promise, so it
 * refuses to start on them rather than lose acknowledged writes later.
 */
final class PostgresDurability implements DatabaseDurability {

    @Override
    public void verify(Connection connection) throws SQLException {
        requireNot(connection, "fsync", "off");
        requireNot(connection, "synchronous_commit", "off");
    }

    @Override
    public void afterCommit(Connection connection) {
        // the COMMIT has already waited for the write-ahead log to reach the disk
    }

    private static void requireNot(Connection connection, String setting, String unsafeValue) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet value = statement.executeQuery("select current_setting('" + setting + "')")) {
            value.next();
            if (unsafeValue.equals(value.getString(1))) {
                throw new IllegalStateException("PostgreSQL runs with " + setting + " = " + unsafeValue
                        + ", so it may lose commits it has acknowledged: set it to on for this database or role");
            }
        }
    }
}
