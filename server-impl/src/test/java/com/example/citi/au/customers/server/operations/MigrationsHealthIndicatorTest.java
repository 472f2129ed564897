package com.example.citi.au.customers.server.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

class MigrationsHealthIndicatorTest {

    private final Flyway flyway = Flyway.configure()
            .dataSource("jdbc:h2:mem:migrations-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "")
            .locations("classpath:db/migration")
            .load();

    @Test
    void isDownWhileMigrationsAreMissing() {
        MigrationsHealthIndicator indicator = new MigrationsHealthIndicator(flyway);

        assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(indicator.health().getDetails()).containsKey("pendingMigrations");
    }

    @Test
    void isUpOnceEveryMigrationIsApplied() {
        MigrationsHealthIndicator indicator = new MigrationsHealthIndicator(flyway);
        assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);

        flyway.migrate();

        assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
    }
}
