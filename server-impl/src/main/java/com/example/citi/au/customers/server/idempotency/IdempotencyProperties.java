package com.example.citi.au.customers.server.idempotency;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a key's answer is kept ({@code retention}); how long a claimed key counts as still
 * running ({@code inFlightTimeout}) before a retry may take it over, for a first request whose
 * server stopped without answering; how often expired keys are deleted ({@code purgeInterval}, in
 * ISO-8601 as {@code @Scheduled} reads it).
 */
@ConfigurationProperties(prefix = "customers.idempotency")
record IdempotencyProperties(@DefaultValue("24h") Duration retention,
                             @DefaultValue("1m") Duration inFlightTimeout,
                             @DefaultValue("PT10M") Duration purgeInterval) {
}
