package com.example.citi.au.customers.server.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** What puts an acknowledged commit on disk, and the start-up checks that refuse a database that would lose one. */
class DatabaseDurabilityTest {

    /**
     * The file is copied while the database is open, as a killed process would leave it. H2 keeps
     * the commit in memory for up to half a second (its default WRITE_DELAY, unchanged here): only
     * the store that the sync after the commit makes puts the row into the file.
     */
    @Test
    void anH2CommitIsInTheFileOnceTheSyncAfterItReturns() throws Exception {
        try (ThrowawayFolder folder = new ThrowawayFolder("durability-check");
             ThrowawayFolder crashImage = new ThrowawayFolder("durability-image");
             Connection h2 = DriverManager.getConnection("jdbc:h2:file:" + folder.path().resolve("db"), "sa", "");
             Statement statement = h2.createStatement()) {
            DatabaseDurability durability = DatabaseDurability.of(h2);
            assertThat(durability).isInstanceOf(H2Durability.class);
            durability.verify(h2);
            statement.execute("create table acknowledged (id int primary key)");
            durability.afterCommit(h2);

            statement.execute("insert into acknowledged values (1)");
            durability.afterCommit(h2);
            Files.copy(folder.path().resolve("db.mv.db"), crashImage.path().resolve("db.mv.db"));

            try (Connection copy = DriverManager.getConnection("jdbc:h2:file:" + crashImage.path().resolve("db"), "sa", "");
                 ResultSet rows = copy.createStatement().executeQuery("select count(*) from acknowledged")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).isEqualTo(1);
            }
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
