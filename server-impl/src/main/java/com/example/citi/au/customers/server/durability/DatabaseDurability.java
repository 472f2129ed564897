package com.example.citi.au.customers.server.durability;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * What the database needs so that a committed transaction is on disk before its answer leaves:
 * the settings checked once at start-up, and what to do after each commit of a write.
 */
interface DatabaseDurability {

    /** Fails when the database would acknowledge commits it could still lose. */
    void verify(Connection connection) throws SQLException;

    /** Called on the connection of a write transaction that has just committed. */
    void afterCommit(Connection connection) throws SQLException;

    static DatabaseDurability of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        return switch (product) {
            case "H2" -> new H2Durability();
            case "PostgreSQL" -> new PostgresDurability();
            default -> throw new IllegalStateException(
                    "No durability rules for the database " + product + ": the server runs on H2 or PostgreSQL");
        };
    }
}
