package com.example.citi.au.customers.server.durability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

/**
 * A schema of its own in the PostgreSQL database that CUSTOMERS_TEST_POSTGRES_URL names (.ci/run
 * starts one), dropped at the end; the sandbox signing key stays in a throwaway data folder.
 */
final class PostgresStorage implements Storage {

    static final String URL_VARIABLE = "CUSTOMERS_TEST_POSTGRES_URL";

    private final String url = System.getenv(URL_VARIABLE);
    private final String user = System.getenv().getOrDefault("CUSTOMERS_TEST_POSTGRES_USER", "postgres");
    private final String password = System.getenv().getOrDefault("CUSTOMERS_TEST_POSTGRES_PASSWORD", "");
    private final String schema = "durability_" + UUID.randomUUID().toString().replace("-", "");
    private final ThrowawayFolder dataDir = new ThrowawayFolder("customers-durability-pg");

    @Override
    public List<String> serverArguments() {
        return List.of(
                "--spring.datasource.url=" + schemaUrl(),
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password,
                "--spring.flyway.schemas=" + schema,
                "--customers.data-dir=" + dataDir.path());
    }

    @Override
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(schemaUrl(), user, password);
    }

    @Override
    public void close() {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop the test schema " + schema, e);
        } finally {
            dataDir.close();
        }
    }

    private String schemaUrl() {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Override
    public String toString() {
        return "PostgreSQL";
    }
}
