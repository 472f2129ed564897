package com.example.citi.au.customers.server.reset;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The sandbox reset with the server on PostgreSQL, in a schema of its own, as several instances
 * run: the seeded rows come from the embedded seed database and must be written to PostgreSQL's
 * types. Runs where CUSTOMERS_TEST_POSTGRES_URL names a database (.ci/run starts one).
 */
@EnabledIfEnvironmentVariable(named = "CUSTOMERS_TEST_POSTGRES_URL", matches = ".+")
class SandboxResetPostgresTest extends SandboxResetBehaviour {

    private static final String SCHEMA = "reset_" + UUID.randomUUID().toString().replace("-", "");

    @DynamicPropertySource
    static void onPostgres(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", () -> url() + (url().contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
        properties.add("spring.datasource.username", SandboxResetPostgresTest::user);
        properties.add("spring.datasource.password", SandboxResetPostgresTest::password);
        properties.add("spring.flyway.schemas", () -> SCHEMA);
    }

    @AfterAll
    static void dropTheSchema() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url(), user(), password());
             Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }

    private static String url() {
        return System.getenv("CUSTOMERS_TEST_POSTGRES_URL");
    }

    private static String user() {
        return System.getenv().getOrDefault("CUSTOMERS_TEST_POSTGRES_USER", "postgres");
    }

    private static String password() {
        return System.getenv().getOrDefault("CUSTOMERS_TEST_POSTGRES_PASSWORD", "");
    }
}
