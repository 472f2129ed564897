package com.example.citi.au.customers.server.http;

import static com.example.citi.au.customers.server.support.SandboxCaller.OLIVIA;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.server.support.ApiIntegrationTest;
import com.example.citi.au.customers.server.support.ApiResponse;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** With allowed origins configured, their pages may call the API, and no other origin's may. */
@TestPropertySource(properties = "customers.cors.allowed-origins=https://app.example.com,https://admin.example.com")
class CorsAllowedOriginsTest extends ApiIntegrationTest {

    private static final String EMAILS = "/v1/customers/profiles/emails";
    private static final String ALLOWED = "https://app.example.com";

    @Test
    void answersThePreflightOfAnAllowedOrigin() {
        ApiResponse response = preflight(ALLOWED, "PUT", "authorization,content-type,uuid,client_id,accept");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo(ALLOWED);
        assertThat(response.header("Access-Control-Allow-Methods")).contains("PUT");
        assertThat(response.header("Access-Control-Allow-Headers"))
                .contains("authorization", "content-type", "uuid", "client_id", "accept");
        assertThat(response.header("Access-Control-Max-Age")).isEqualTo("600");
        assertThat(response.header("Access-Control-Allow-Credentials")).isNull();
    }

    @Test
    void refusesThePreflightOfAnotherOriginInTheErrorModel() {
        ApiResponse response = preflight("https://evil.example.net", "PUT", "authorization");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.errorCode()).isEqualTo("accessNotConfigured");
        assertThat(response.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void refusesAPreflightForAMethodOrAHeaderThatIsNotAllowed() {
        assertThat(preflight(ALLOWED, "PATCH", "authorization").status()).isEqualTo(403);
        assertThat(preflight(ALLOWED, "GET", "x-forwarded-for").status()).isEqualTo(403);
    }

    @Test
    void letsAnAllowedOriginReadTheAnswerAndItsUuid() {
        ApiResponse response = get(OLIVIA, EMAILS).header("Origin", ALLOWED).send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo(ALLOWED);
        assertThat(response.header("Access-Control-Expose-Headers")).contains("uuid", "Retry-After");
    }

    @Test
    void refusesACallFromAnotherOriginInTheErrorModel() {
        ApiResponse response = get(OLIVIA, EMAILS).header("Origin", "https://evil.example.net").outsideSpec().send();

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.errorCode()).isEqualTo("accessNotConfigured");
    }

    @Test
    void keepsAnswering405ToAnOptionsThatIsNoPreflight() {
        ApiResponse response = as(OLIVIA, "OPTIONS", EMAILS).outsideSpec().send();

        assertThat(response.status()).isEqualTo(405);
    }

    /** A browser's preflight: no credentials, no uuid, only what CORS sends. */
    private ApiResponse preflight(String origin, String method, String headers) {
        return as(OLIVIA, "OPTIONS", EMAILS)
                .withoutHeader("Authorization").withoutHeader("uuid").withoutHeader("client_id").withoutHeader("Accept")
                .header("Origin", origin)
                .header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", headers)
                .preflight().send();
    }
}
