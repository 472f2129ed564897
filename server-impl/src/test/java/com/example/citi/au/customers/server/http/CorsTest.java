package com.example.citi.au.customers.server.http;

import static com.example.citi.au.customers.server.support.SandboxCaller.OLIVIA;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.server.support.ApiIntegrationTest;
import com.example.citi.au.customers.server.support.ApiResponse;
import org.junit.jupiter.api.Test;

/** CORS is off by default: a browser page of another origin gets nothing it may read. */
class CorsTest extends ApiIntegrationTest {

    private static final String PROFILES = "/v1/customers/profiles";

    @Test
    void answersAPreflightLikeAnyUndeclaredOptions() {
        ApiResponse response = as(OLIVIA, "OPTIONS", PROFILES).header("Origin", "https://app.example.com")
                .header("Access-Control-Request-Method", "GET").outsideSpec().send();

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.header("Access-Control-Allow-Origin")).isNull();
        assertThat(response.header("Access-Control-Allow-Methods")).isNull();
    }

    @Test
    void givesACrossOriginCallNoHeaderThatWouldLetABrowserReadIt() {
        ApiResponse response = get(OLIVIA, PROFILES).header("Origin", "https://app.example.com").send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Access-Control-Allow-Origin")).isNull();
    }
}
