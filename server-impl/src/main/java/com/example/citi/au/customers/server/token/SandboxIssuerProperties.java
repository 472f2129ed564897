package com.example.citi.au.customers.server.token;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The sandbox issuer: where its signing key is kept (empty: a new key in memory at every
 * start) and how long its tokens live.
 */
@ConfigurationProperties("customers.security.sandbox")
record SandboxIssuerProperties(String keyFile, Duration tokenLifetime) {
}
