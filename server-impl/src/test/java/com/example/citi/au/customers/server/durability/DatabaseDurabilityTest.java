package com.example.citi.au.customers.server.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The start-up checks that keep the server off a database that would lose acknowledged commits. */
class DatabaseDurabilityTest {

    @Test
    void refusesAnH2FileDatabaseThatWritesCommitsLater() throws SQLException {
        try (ThrowawayFolder folder = new ThrowawayFolder("durability-check");
             Connection h2 = DriverManager.getConnection("jdbc:h2:file:" + folder.path().resolve("db"), "sa", "")) {
            DatabaseDurability durability = DatabaseDurability.of(h2);

            assertThat(durability).isInstanceOf(H2Durability.class);
            assertThatThrownBy(() -> durability.verify(h2))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("500 ms")
                    .hasMessageContaining(";WRITE_DELAY=0");
        }
    }

    @Test
    void acceptsAnH2FileDatabaseThatWritesEachCommitAtOnce() throws SQLException {
        try (ThrowawayFolder folder = new ThrowawayFolder("durability-check");
             Connection h2 = DriverManager.getConnection(
                     "jdbc:h2:file:" + folder.path().resolve("db") + ";WRITE_DELAY=0", "sa", "")) {
            assertThatCode(() -> DatabaseDurability.of(h2).verify(h2)).doesNotThrowAnyException();
        }
    }

    @Test
    @EnabledIfEnvironmentVariable(named = PostgresStorage.URL_VARIABLE, matches = ".+")
    void refusesPostgresqlThatAcknowledgesCommitsBeforeTheyAreFlushed() throws SQLException {
        try (Connection postgres = DriverManager.getConnection(System.getenv(PostgresStorage.URL_VARIABLE),
                System.getenv().getOrDefault("CUSTOMERS_TEST_POSTGRES_USER", "postgres"),
                System.getenv().getOrDefault("CUSTOMERS_TEST_POSTGRES_PASSWORD", ""));
             Statement statement = postgres.createStatement()) {
            DatabaseDurability durability = DatabaseDurability.of(postgres);
            assertThat(durability).isInstanceOf(PostgresDurability.class);
            assertThatCode(() -> durability.verify(postgres)).doesNotThrowAnyException();

            statement.execute("set synchronous_commit = off");

            assertThatThrownBy(() -> durability.verify(postgres))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("synchronous_commit = off");
        }
    }
}
