package com.example.citi.au.customers.server.durability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/** The embedded default: an H2 database file (and the sandbox signing key) in a throwaway data folder. */
final class H2Storage implements Storage {

    private final ThrowawayFolder dataDir = new ThrowawayFolder("customers-durability-h2");

    @Override
    public List<String> serverArguments() {
        return List.of("--customers.data-dir=" + dataDir.path());
    }

    @Override
    public Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + dataDir.path().resolve("customers")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;IFEXISTS=TRUE", "sa", "");
    }

    @Override
    public void close() {
        dataDir.close();
    }

    @Override
    public String toString() {
        return "H2";
    }
}
