package com.example.citi.au.customers.server.durability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A schema of its own in the PostgreSQL database that CUSTOMERS_TEST_POSTGRES_URL names (.ci/run
 * starts one), dropped at the end; the sandbox signing key stays in a throwaway data folder.
 */
final class PostgresStorage implements Storage {

    static final String URL_VARIABLE = "CUSTOMERS_TEST_POSTGRES_URL";

    private final String url = System.getenv(URL_VARIABLE);
    private final String user = System.getenv().getOrDefault("CUSTOMERS_TEST_POSTGRES_USER", "postgres");
    private final String password = System.getenv().getOrDefault("CUSTOMERS_TEST_POSTGRES_PASSWORD", "");
    private static final Pattern HOST_AND_PORT = Pattern.compile("^jdbc:postgresql://([^:/?]+)(?::(\\d+))?/");

    private final String schema = "durability_" + UUID.randomUUID().toString().replace("-", "");
    private final ThrowawayFolder dataDir = new ThrowawayFolder("customers-durability-pg");
    private final String serverUrl;

    PostgresStorage() {
        this.serverUrl = url;
    }

    /** The server reaches the database through a proxy to its host and port; the test's own connections do not. */
    PostgresStorage(DatabaseOutageContract.TcpProxyFactory proxies) {
        Matcher hostAndPort = HOST_AND_PORT.matcher(url);
        if (!hostAndPort.find()) {
            throw new IllegalStateException(URL_VARIABLE + " names no host: " + url);
        }
        TcpProxy proxy = proxies.to(hostAndPort.group(1),
                hostAndPort.group(2) == null ? 5432 : Integer.parseInt(hostAndPort.group(2)));
        this.serverUrl = hostAndPort.replaceFirst("jdbc:postgresql://127.0.0.1:" + proxy.port() + "/");
    }

    @Override
    public List<String> serverArguments() {
        return List.of(
                "--spring.datasource.url=" + schemaUrl(serverUrl),
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password,
                "--spring.flyway.schemas=" + schema,
                "--customers.data-dir=" + dataDir.path());
    }

    @Override
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(schemaUrl(url), user, password);
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

    private String schemaUrl(String base) {
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Override
    public String toString() {
        return "PostgreSQL";
    }
}
