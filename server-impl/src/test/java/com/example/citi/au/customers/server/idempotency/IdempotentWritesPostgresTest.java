package com.example.citi.au.customers.server.idempotency;

import static com.example.citi.au.customers.server.support.SandboxCaller.OLIVIA;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.server.CustomersApiApplication;
import com.example.citi.au.customers.server.support.ApiRequest;
import com.example.citi.au.customers.server.support.ApiResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Exactly-once writes with the server on PostgreSQL, in a schema of its own, and a second
 * instance on the same schema and signing key: a key's answer stored by one instance is
 * replayed by the other. Runs where CUSTOMERS_TEST_POSTGRES_URL names a database (.ci/run starts one).
 */
@EnabledIfEnvironmentVariable(named = "CUSTOMERS_TEST_POSTGRES_URL", matches = ".+")
class IdempotentWritesPostgresTest extends IdempotentWritesBehaviour {

    private static final String SCHEMA = "idempotency_" + UUID.randomUUID().toString().replace("-", "");
    private static final Path SHARED_KEY = sharedKeyFile();

    @DynamicPropertySource
    static void onPostgres(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", IdempotentWritesPostgresTest::schemaUrl);
        properties.add("spring.datasource.username", IdempotentWritesPostgresTest::user);
        properties.add("spring.datasource.password", IdempotentWritesPostgresTest::password);
        properties.add("spring.flyway.schemas", () -> SCHEMA);
        properties.add("customers.security.sandbox.key-file", SHARED_KEY::toString);
    }

    @Test
    void replaysThroughTheOtherInstanceTheAnswerStoredByThisOne() {
        String key = newKey();
        ApiResponse first = fulfil(key).send();

        try (ConfigurableApplicationContext other = secondInstance()) {
            int otherPort = Integer.parseInt(other.getEnvironment().getProperty("local.server.port"));
            ApiResponse again = ApiRequest.bearer(otherPort, "POST", FULFILLMENTS, OLIVIA.token(), OLIVIA.clientId())
                    .header("Idempotency-Key", key)
                    .json(FULFILMENT)
                    .send();

            assertThat(first.status()).isEqualTo(200);
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
            assertThat(again.body()).isEqualTo(first.body());
            assertThat(fulfilments()).isEqualTo(1);
        }
    }

    /** The application as it runs, but on the test's time. */
    private static ConfigurableApplicationContext secondInstance() {
        return new SpringApplicationBuilder(CustomersApiApplication.class, SecondInstanceClock.class)
                .profiles("test")
                .run("--server.port=0", "--management.server.port=0",
                        "--spring.datasource.url=" + schemaUrl(),
                        "--spring.datasource.username=" + user(),
                        "--spring.datasource.password=" + password(),
                        "--spring.flyway.schemas=" + SCHEMA,
                        "--customers.security.sandbox.key-file=" + SHARED_KEY);
    }

    @AfterAll
    static void dropTheSchema() throws SQLException, IOException {
        try (Connection connection = DriverManager.getConnection(url(), user(), password());
             Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + SCHEMA + " cascade");
        }
        Files.deleteIfExists(SHARED_KEY);
        Files.deleteIfExists(SHARED_KEY.getParent());
    }

    private static Path sharedKeyFile() {
        try {
            return Files.createTempDirectory("customers-idempotency").resolve("sandbox-signing-key.jwk.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String schemaUrl() {
        return url() + (url().contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
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
