package com.example.citi.au.customers.server.http;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Cross-origin calls from browsers: off (no origin allowed) unless origins are listed. The API is
 * called by servers and apps with bearer tokens; a browser page of another origin may call it only
 * where its deployment lists that origin, as {@code https://app.example.com} (scheme, host and
 * port, no path, no wildcard).
 */
@ConfigurationProperties("customers.cors")
record CorsProperties(@DefaultValue List<String> allowedOrigins, @DefaultValue("10m") Duration maxAge) {

    boolean enabled() {
        return !allowedOrigins.isEmpty();
    }
}
