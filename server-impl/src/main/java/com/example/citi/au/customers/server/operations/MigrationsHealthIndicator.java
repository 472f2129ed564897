package com.example.citi.au.customers.server.operations;

import org.flywaydb.core.Flyway;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Down while the database lacks a migration this build brings (for example when Flyway is turned off
 * and the schema was not migrated by other means), so that no traffic reaches a server whose queries
 * would fail. Once every migration is seen applied the answer is kept: migrations are never undone
 * under a running server, and the probe then costs no query.
 */
final class MigrationsHealthIndicator implements HealthIndicator {

    private final Flyway flyway;
    private volatile boolean applied;

    MigrationsHealthIndicator(Flyway flyway) {
        this.flyway = flyway;
    }

    @Override
    public Health health() {
        if (applied) {
            return Health.up().build();
        }
        int pending = flyway.info().pending().length;
        if (pending > 0) {
            return Health.down().withDetail("pendingMigrations", pending).build();
        }
        applied = true;
        return Health.up().build();
    }
}
