package com.example.citi.au.customers.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.example.citi.au.customers.client.errors.UnauthorizedException;
import com.example.citi.au.customers.client.tokens.ClientCredentialsTokenProvider;
import com.example.citi.au.customers.client.tokens.TokenRequestException;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The built-in client-credentials tokens: fetched once, shared, renewed ahead of expiry, replaced after a 401. */
class ClientCredentialsTokensTest extends WireMockClientTest {

    private static final String TOKEN_PATH = Spec.BASE_PATH + "/sandbox/v1/oauth2/token";
    private static final String SECRET = "sandbox-app-secret";

    @Test
    void sixteenThreadsNeedingATokenAtOnceCauseOneTokenCall() throws Exception {
        tokenEndpointIssues(token("first", 1800).withFixedDelay(100));
        ClientCredentialsTokenProvider tokens = provider().build();
        CountDownLatch start = new CountDownLatch(1);
        Set<String> received = ConcurrentHashMap.newKeySet();
        ExecutorService threads = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> done = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                done.add(threads.submit(() -> {
                    start.await();
                    return received.add(tokens.accessToken());
                }));
            }
            start.countDown();
            for (Future<?> thread : done) {
                thread.get();
            }
        } finally {
            threads.shutdownNow();
        }

        wireMock.verify(1, postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
        assertThat(received).containsExactly("first");
    }

    @Test
    void reusesTheTokenUntilItIsDueAndRenewsItAheadOfExpiry() {
        tokenEndpointIssuesInTurn(token("first", 1800), token("second", 1800));
        ClientCredentialsTokenProvider tokens = provider().refreshAhead(Duration.ofSeconds(60)).build();

        assertThat(tokens.accessToken()).isEqualTo("first");
        time.advance(Duration.ofSeconds(1739));
        assertThat(tokens.accessToken()).isEqualTo("first");
        time.advance(Duration.ofSeconds(1));
        assertThat(tokens.accessToken()).isEqualTo("second"); // 60 s before the first expires

        wireMock.verify(2, postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
    }

    @Test
    void keepsUsingAValidTokenWhenItsEarlyRenewalFails() {
        tokenEndpointIssuesInTurn(token("first", 1800), aResponse().withStatus(503));
        ClientCredentialsTokenProvider tokens = provider().build();
        tokens.accessToken();
        time.advance(Duration.ofSeconds(1750));

        assertThat(tokens.accessToken()).isEqualTo("first");
    }

    @Test
    void asksWithHttpBasicForTheScopesAndTheSandboxCustomer() {
        tokenEndpointIssues(token("first", 1800));

        provider().scopes("customers_profiles", "customers_alerts").build().accessToken();

        wireMock.verify(postRequestedFor(urlPathEqualTo(TOKEN_PATH))
                .withHeader("Authorization", equalTo("Basic " + Base64.getEncoder().encodeToString(
                        (CLIENT_ID + ":" + SECRET).getBytes(StandardCharsets.UTF_8))))
                .withHeader("client_id", equalTo(CLIENT_ID))
                .withRequestBody(equalTo("grant_type=client_credentials&scope=customers_profiles+customers_alerts&customer=1")));
    }

    @Test
    void aRefusedTokenCallIsATypedErrorWithoutTheSecret() {
        tokenEndpointIssues(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                .withBody("{\"type\":\"error\",\"code\":\"unAuthorized\",\"details\":\"wrong secret\"}"));

        TokenRequestException thrown = catchThrowableOfType(TokenRequestException.class,
                () -> provider().build().accessToken());

        assertThat(thrown.status()).isEqualTo(401);
        assertThat(thrown).hasMessageContaining("unAuthorized").hasMessageNotContaining(SECRET);
    }

    @Test
    void a401DropsTheTokenFetchesAnotherAndReplaysTheCallOnce() {
        tokenEndpointIssuesInTurn(token("stale", 1800), token("fresh", 1800));
        wireMock.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo(Spec.BASE_PATH + "/v1/customers/profiles/emails"))
                .withHeader("Authorization", equalTo("Bearer stale")).willReturn(aResponse().withStatus(401)));
        wireMock.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo(Spec.BASE_PATH + "/v1/customers/profiles/emails"))
                .withHeader("Authorization", equalTo("Bearer fresh")).willReturn(okJson(
                        Spec.get().operation("retrieveCustomerEmails").successExample().json())));
        CustomersApiClient customers = clientBuilder().clientCredentials(provider()).build();

        customers.customerEmails().retrieveCustomerEmails();

        wireMock.verify(2, postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
        assertThat(receivedRequests()).filteredOn(request -> request.getUrl().endsWith("/emails"))
                .extracting(request -> request.getHeader("Authorization"))
                .containsExactlyInAnyOrder("Bearer stale", "Bearer fresh");
    }

    @Test
    void a401AfterTheRefreshIsTheAnswer() {
        tokenEndpointIssuesInTurn(token("stale", 1800), token("fresh", 1800));
        wireMock.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo(Spec.BASE_PATH + "/v1/customers/profiles/emails"))
                .willReturn(aResponse().withStatus(401)));
        CustomersApiClient customers = clientBuilder().clientCredentials(provider()).build();

        UnauthorizedException thrown = catchThrowableOfType(UnauthorizedException.class,
                () -> customers.customerEmails().retrieveCustomerEmails());

        assertThat(thrown.attempts()).isEqualTo(2);
        wireMock.verify(2, postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
    }

    @Test
    void aSuppliedTokenIsAskedForAgainAfterA401() {
        wireMock.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo(Spec.BASE_PATH + "/v1/customers/profiles/emails"))
                .willReturn(aResponse().withStatus(401)));
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        CustomersApiClient customers = clientBuilder().tokenSupplier(() -> "token-" + asked.incrementAndGet()).build();

        catchThrowableOfType(UnauthorizedException.class, () -> customers.customerEmails().retrieveCustomerEmails());

        assertThat(receivedRequests()).extracting(request -> request.getHeader("Authorization"))
                .containsExactlyInAnyOrder("Bearer token-1", "Bearer token-2");
    }

    private ClientCredentialsTokenProvider.Builder provider() {
        return ClientCredentialsTokenProvider.builder()
                .tokenUrl(wireMock.baseUrl() + TOKEN_PATH)
                .clientId(CLIENT_ID)
                .clientSecret(SECRET)
                .customer("1") // the sandbox's token call requires it
                .clock(time);
    }

    private static ResponseDefinitionBuilder token(String value, int expiresIn) {
        return okJson("{\"access_token\":\"" + value + "\",\"token_type\":\"bearer\",\"expires_in\":" + expiresIn
                + ",\"scope\":\"customers_profiles\"}");
    }

    private static void tokenEndpointIssues(ResponseDefinitionBuilder answer) {
        wireMock.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(answer));
    }

    private static void tokenEndpointIssuesInTurn(ResponseDefinitionBuilder first, ResponseDefinitionBuilder then) {
        wireMock.stubFor(post(urlPathEqualTo(TOKEN_PATH)).inScenario("tokens").whenScenarioStateIs(STARTED)
                .willSetStateTo("issued").willReturn(first));
        wireMock.stubFor(post(urlPathEqualTo(TOKEN_PATH)).inScenario("tokens").whenScenarioStateIs("issued")
                .willReturn(then));
    }
}
