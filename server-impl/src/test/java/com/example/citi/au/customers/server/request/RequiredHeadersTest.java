package com.example.citi.au.customers.server.request;

import static com.example.citi.au.customers.server.support.SandboxCaller.OLIVIA;
import static com.example.citi.au.customers.server.support.SandboxCaller.OLIVIA_EXPIRED;
import static com.example.citi.au.customers.server.support.SandboxCaller.OLIVIA_READ_ONLY;
import static com.example.citi.au.customers.server.support.SandboxCaller.PARTNER_FOR_CHARLOTTE;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.server.support.ApiIntegrationTest;
import com.example.citi.au.customers.server.support.ApiResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequiredHeadersTest extends ApiIntegrationTest {

    private static final String PROFILE = "/v1/customers/profiles/addresses";

    @ParameterizedTest
    @ValueSource(strings = {"uuid", "client_id", "Accept"})
    void rejectsRequestMissingARequiredHeader(String header) {
        ApiResponse response = get(OLIVIA, PROFILE).withoutHeader(header).send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("invalidRequest");
        assertThat(response.errorLocation()).isEqualTo(header);
    }

    @ParameterizedTest
    @CsvSource({
            "uuid, not-a-uuid",
            "uuid, 5f1d7a9c3e2b4c8d9a6f0b1e2d3c4a5b",
            "client_id, 'sandbox app'",
            "Accept, text/html",
            "Accept, 'application/json;;='",
            "clientDetails, '%%%'"
    })
    void rejectsRequestWithAMalformedHeader(String header, String value) {
        ApiResponse response = get(OLIVIA, PROFILE).header(header, value).send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorLocation()).isEqualTo(header);
    }

    @ParameterizedTest
    @ValueSource(strings = {"*/*", "application/*", "application/json", "text/html, application/json;q=0.5"})
    void acceptsAnyAcceptHeaderThatAllowsJson(String accept) {
        assertThat(get(OLIVIA, PROFILE).header("Accept", accept).send().status()).isEqualTo(200);
    }

    @ParameterizedTest
    @CsvSource({"Accept, text/html, application/json", "Accept, application/json, application/json",
            "Cache-Control, no-cache, max-age=0"})
    void readsAListValuedHeaderOnTwoLinesAsOneList(String header, String firstLine, String secondLine) {
        ApiResponse response = get(OLIVIA, PROFILE).header(header, firstLine).headerLine(header, secondLine).send();

        assertThat(response.status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"uuid", "client_id"})
    void rejectsASingletonHeaderSentTwice(String header) {
        ApiResponse once = get(OLIVIA, PROFILE).send();
        String value = header.equals("uuid") ? "5f1d7a9c-3e2b-4c8d-9a6f-0b1e2d3c4a5b" : OLIVIA.clientId();

        ApiResponse twice = get(OLIVIA, PROFILE).header(header, value).headerLine(header, value).send();

        assertThat(once.status()).isEqualTo(200);
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.errorLocation()).isEqualTo(header);
    }

    @Test
    void rejectsAuthorizationSentTwiceAs401() {
        ApiResponse twice = get(OLIVIA, PROFILE).headerLine("Authorization", "Bearer " + OLIVIA.token()).send();

        assertThat(twice.status()).isEqualTo(401);
        assertThat(twice.errorLocation()).isEqualTo("Authorization");
    }

    @Test
    void echoesTheRequestUuid() {
        ApiResponse response = get(OLIVIA, PROFILE).header("uuid", "5f1d7a9c-3e2b-4c8d-9a6f-0b1e2d3c4a5b").send();

        assertThat(response.header("uuid")).isEqualTo("5f1d7a9c-3e2b-4c8d-9a6f-0b1e2d3c4a5b");
    }

    @Test
    void rejectsRequestWithoutAuthorizationAs401() {
        ApiResponse response = get(OLIVIA, PROFILE).withoutHeader("Authorization").send();

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.errorCode()).isEqualTo("unAuthorized");
        assertThat(response.json().path("details").asString()).isEqualTo("Authorization credentials are missing or invalid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer unknown-token", "Basic c2FuZGJveA==", "Bearer", "sandbox-olivia"})
    void rejectsUnknownOrMalformedTokenAs401(String authorization) {
        assertThat(get(OLIVIA, PROFILE).header("Authorization", authorization).send().status()).isEqualTo(401);
    }

    @Test
    void rejectsExpiredTokenAs401() {
        assertThat(get(OLIVIA_EXPIRED, PROFILE).send().status()).isEqualTo(401);
    }

    @Test
    void wordsThe401AsThePortalPageDoesForTheParticularsRead() {
        ApiResponse response = get(OLIVIA, "/v1/customers/profiles/basic").withoutHeader("Authorization").send();

        assertThat(response.json().path("details").asString()).isEqualTo("Authorization credential is missing or invalid");
    }

    @Test
    void rejectsTokenIssuedToAnotherClient() {
        ApiResponse response = get(OLIVIA, PROFILE).header("client_id", "sandbox-partner").send();

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.errorCode()).isEqualTo("accessNotConfigured");
    }

    @Test
    void rejectsTokenWithoutTheScopeTheSpecNames() {
        ApiResponse response = put(OLIVIA_READ_ONLY, "/v1/offers", "{\"offerId\":\"OFR-BT-2026-0001\",\"offerStatus\":\"VIEWED\"}").send();

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.errorCode()).isEqualTo("accessNotConfigured");
    }

    @Test
    void rejectsPartnerTokenOnCustomerOperations() {
        assertThat(get(PARTNER_FOR_CHARLOTTE, PROFILE).send().status()).isEqualTo(403);
    }
}
