package com.example.citi.au.customers.server.operations;

import com.example.citi.au.customers.server.http.ApiOperations;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * What an orchestrator and a scraper read on the management port (see application.yml's
 * {@code management}): the readiness group's migrations check, and the request metrics and
 * counters in the contract's words; and the database timeouts that keep a database outage from
 * holding the workers.
 */
@Configuration
class OperationsConfig {

    /** Static, as a post-processor is created before the configuration that declares it. */
    @Bean
    static PostgresTimeouts postgresTimeouts(
            @Value("${customers.database.connect-timeout:2s}") Duration connectTimeout,
            @Value("${customers.database.socket-timeout:10s}") Duration socketTimeout) {
        return new PostgresTimeouts(connectTimeout, socketTimeout);
    }

    @Bean
    OperationRequestConvention operationRequestConvention(ApiOperations operations) {
        return new OperationRequestConvention(operations);
    }

    @Bean
    OperationOutcomeCounters operationOutcomeCounters(MeterRegistry registry, OperationRequestConvention convention) {
        return new OperationOutcomeCounters(registry, convention);
    }

    /**
     * Spring Security observes its own filter chain, each filter and each authorization decision, as
     * soon as an observation registry exists. {@code http.server.requests} already times every request
     * by operation and status; the security chain's observations on top of it made a profile read
     * cost about 40% more CPU (bench/README.md, "What the metrics cost").
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** The bean's name, less "HealthIndicator", is the name the readiness group includes: {@code migrations}. */
    @Bean
    MigrationsHealthIndicator migrationsHealthIndicator(Flyway flyway) {
        return new MigrationsHealthIndicator(flyway);
    }
}
