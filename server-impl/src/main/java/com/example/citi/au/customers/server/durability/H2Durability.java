package com.example.citi.au.customers.server.durability;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * H2 keeps a commit in memory and writes it with the next store of its MVStore, by default up to
 * half a second later (WRITE_DELAY): a process killed in that time loses commits that were
 * acknowledged. With WRITE_DELAY=0 in the connection URL, every commit is written to the file as
 * it ends, which a killed process can no longer lose; {@code CHECKPOINT SYNC} after it forces the
 * file to the device (fsync), so that a power cut cannot lose it either. This is H2's own advice
 * ("Durability Problems" in its documentation). Concurrent commits share one sync ({@link SharedSync}).
 */
final class H2Durability implements DatabaseDurability {

    private final SharedSync sharedSync = new SharedSync();

    @Override
    public void verify(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet setting = statement.executeQuery(
                     "select setting_value from information_schema.settings where setting_name = 'WRITE_DELAY'")) {
            String writeDelay = setting.next() ? setting.getString(1) : "unknown";
            if (!"0".equals(writeDelay)) {
                throw new IllegalStateException("The H2 database writes commits " + writeDelay
                        + " ms after they are acknowledged, so a crash would lose them: add ;WRITE_DELAY=0 to"
                        + " spring.datasource.url");
            }
        }
    }

    @Override
    public void afterCommit(Connection connection) throws SQLException {
        sharedSync.await(() -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CHECKPOINT SYNC");
            }
        });
    }
}
