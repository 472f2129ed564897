package com.example.citi.au.customers.server.durability;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * H2 keeps a commit in memory and writes it to its file with the next store of its MVStore, by
 * default up to half a second later (WRITE_DELAY): a process killed in that time loses it. After a
 * write commits, {@code CHECKPOINT SYNC} stores everything committed so far as one chunk and forces
 * the file to the device (fsync), so that neither a killed process nor a power cut can lose an
 * acknowledged write. Concurrent commits share one such store and sync ({@link SharedSync}): with
 * WRITE_DELAY=0 instead, every commit wrote a chunk of its own before the shared sync: 12% of the
 * server's CPU under the write journey, 18% of what the JIT compiler left (bench/profile/profile).
 */
final class H2Durability implements DatabaseDurability {

    private final SharedSync sharedSync = new SharedSync();

    /** Nothing to refuse: the sync after each write stores pending commits itself, whatever WRITE_DELAY says. */
    @Override
    public void verify(Connection connection) {
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
