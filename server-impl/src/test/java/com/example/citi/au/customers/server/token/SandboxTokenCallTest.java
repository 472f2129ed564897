package com.example.citi.au.customers.server.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.server.support.ApiIntegrationTest;
import com.example.citi.au.customers.server.support.ApiResponse;
import com.example.citi.au.customers.server.support.SandboxClient;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SandboxTokenCallTest extends ApiIntegrationTest {

    private static final String ALL_APP_SCOPES =
            "customers_profiles customers_profiles_update customers_alerts customers_offers cards_addresses";
    private static final String PARTICULARS = "/v1/customers/profiles/basic";

    @Test
    void issuesAThirtyMinuteBearerTokenWithEveryScopeTheClientIsRegisteredFor() {
        ApiResponse response = tokenCall(SandboxClient.APP).form("grant_type=client_credentials&customer=1").send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("token_type").asString()).isEqualTo("bearer");
        assertThat(response.json().path("expires_in").asInt()).isEqualTo(1800);
        assertThat(response.json().path("scope").asString()).isEqualTo(ALL_APP_SCOPES);
    }

    @Test
    void signsTheCustomerTheClientAndTheScopesIntoTheToken() throws ParseException {
        String token = accessToken(tokenCall(SandboxClient.APP).form("grant_type=client_credentials&customer=2").send());

        SignedJWT jwt = SignedJWT.parse(token);
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        assertThat(claims.getSubject()).isEqualTo("2");
        assertThat(claims.getStringClaim("client_id")).isEqualTo("sandbox-app");
        assertThat(claims.getStringClaim("scope")).isEqualTo(ALL_APP_SCOPES);
        assertThat(claims.getIssuer()).isEqualTo("urn:customers-api:sandbox");
        assertThat(claims.getAudience()).containsExactly("customers-api");
        assertThat(claims.getIssueTime().toInstant()).isEqualTo(clock.instant());
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(clock.instant().plus(Duration.ofMinutes(30)));
        assertThat(claims.getJWTID()).isNotBlank();
    }

    @Test
    void theTokenReadsTheNamedCustomersData() {
        String token = accessToken(tokenCall(SandboxClient.APP).form("grant_type=client_credentials&customer=2").send());

        ApiResponse particulars = withAuthorization("Bearer " + token, "sandbox-app", "GET", PARTICULARS).send();

        assertThat(particulars.status()).isEqualTo(200);
        assertThat(particulars.json().path("customerParticulars").path("names").path(0).path("fullName").asString())
                .isEqualTo("LIAM NGUYEN");
    }

    @Test
    void grantsOnlyTheScopesAskedFor() {
        ApiResponse response = tokenCall(SandboxClient.APP)
                .form("grant_type=client_credentials&customer=1&scope=customers_profiles").send();
        String token = accessToken(response);

        assertThat(response.json().path("scope").asString()).isEqualTo("customers_profiles");
        assertThat(withAuthorization("Bearer " + token, "sandbox-app", "GET", PARTICULARS).send().status()).isEqualTo(200);
        ApiResponse write = withAuthorization("Bearer " + token, "sandbox-app", "PUT", "/v1/offers")
                .json("{\"offerId\":\"OFR-BT-2026-0001\",\"offerStatus\":\"VIEWED\"}").send();
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.errorCode()).isEqualTo("accessNotConfigured");
    }

    @Test
    void theTokenStopsWorkingThirtyMinutesAfterItWasIssued() {
        String token = accessToken(tokenCall(SandboxClient.APP).form("grant_type=client_credentials&customer=1").send());

        clock.advance(Duration.ofMinutes(29));
        assertThat(withAuthorization("Bearer " + token, "sandbox-app", "GET", PARTICULARS).send().status()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(3));
        ApiResponse expired = withAuthorization("Bearer " + token, "sandbox-app", "GET", PARTICULARS).send();

        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.errorCode()).isEqualTo("unAuthorized");
    }

    @Test
    void givesThePartnerClientOnlyThePartnerScope() {
        ApiResponse response = tokenCall(SandboxClient.PARTNER).form("grant_type=client_credentials&customer=3").send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("scope").asString()).isEqualTo("partner_customers_profiles");
    }

    @Test
    void refusesThePartnerClientACustomerScope() {
        ApiResponse response = tokenCall(SandboxClient.PARTNER)
                .form("grant_type=client_credentials&customer=3&scope=customers_profiles").send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("invalidRequest");
        assertThat(response.errorLocation()).isEqualTo("scope");
    }

    @Test
    void refusesTheCustomerAppThePartnerScope() {
        ApiResponse response = tokenCall(SandboxClient.APP)
                .form("grant_type=client_credentials&customer=1&scope=customers_profiles%20partner_customers_profiles").send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorLocation()).isEqualTo("scope");
    }

    @Test
    void refusesACustomerTheSandboxDoesNotHave() {
        ApiResponse response = tokenCall(SandboxClient.APP).form("grant_type=client_credentials&customer=99").send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("invalidRequest");
        assertThat(response.errorLocation()).isEqualTo("customer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"grant_type=client_credentials", "grant_type=client_credentials&customer=olivia",
            "grant_type=client_credentials&customer=0"})
    void refusesAMissingOrMalformedCustomer(String form) {
        ApiResponse response = tokenCall(SandboxClient.APP).form(form).send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorLocation()).isEqualTo("customer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"grant_type=authorization_code&customer=1", "grant_type=password&customer=1", "customer=1"})
    void refusesEveryGrantButClientCredentials(String form) {
        ApiResponse response = tokenCall(SandboxClient.APP).form(form).send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorLocation()).isEqualTo("grant_type");
    }

    @Test
    void refusesAWrongSecretWith401() {
        ApiResponse response = tokenCall(SandboxClient.APP)
                .header("Authorization", SandboxClient.basic("sandbox-app", "not-the-secret"))
                .form("grant_type=client_credentials&customer=1").send();

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.errorCode()).isEqualTo("unAuthorized");
        assertThat(response.errorLocation()).isEqualTo("Authorization");
        assertThat(response.body()).doesNotContain("access_token");
    }

    @Test
    void refusesAnUnknownClientWith401() {
        ApiResponse response = tokenCall(SandboxClient.APP)
                .header("Authorization", SandboxClient.basic("stranger", "sandbox-app-secret"))
                .header("client_id", "stranger")
                .form("grant_type=client_credentials&customer=1").send();

        assertThat(response.status()).isEqualTo(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Basic", "Basic !!!", "Bearer c2FuZGJveC1hcHA6c2FuZGJveC1hcHAtc2VjcmV0"})
    void refusesMissingOrMalformedClientCredentialsWith401(String authorization) {
        var request = tokenCall(SandboxClient.APP);
        if (authorization.isEmpty()) {
            request.withoutHeader("Authorization");
        } else {
            request.header("Authorization", authorization);
        }

        ApiResponse response = request.form("grant_type=client_credentials&customer=1").send();

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.errorCode()).isEqualTo("unAuthorized");
    }

    @Test
    void refusesAClientIdHeaderNamingAnotherClientThanTheCredentials() {
        ApiResponse response = tokenCall(SandboxClient.APP).header("client_id", "sandbox-partner")
                .form("grant_type=client_credentials&customer=1").send();

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.errorCode()).isEqualTo("accessNotConfigured");
    }

    @Test
    void checksTheRequiredHeadersBeforeTheCredentials() {
        ApiResponse response = tokenCall(SandboxClient.APP).withoutHeader("uuid")
                .header("Authorization", SandboxClient.basic("sandbox-app", "not-the-secret"))
                .form("grant_type=client_credentials&customer=1").send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorLocation()).isEqualTo("uuid");
    }

    @Test
    void forbidsCachingTheToken() {
        ApiResponse response = tokenCall(SandboxClient.APP).form("grant_type=client_credentials&customer=1").send();

        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void issuesADifferentTokenEveryTime() {
        List<String> tokens = List.of(
                accessToken(tokenCall(SandboxClient.APP).form("grant_type=client_credentials&customer=1").send()),
                accessToken(tokenCall(SandboxClient.APP).form("grant_type=client_credentials&customer=1").send()));

        assertThat(tokens.get(0)).isNotEqualTo(tokens.get(1));
    }

    private static String accessToken(ApiResponse response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().path("access_token").asString();
    }
}
