package com.example.citi.au.customers.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.example.citi.au.customers.client.generated.model.OtpDeliveryOption;
import com.example.citi.au.customers.client.tokens.ClientCredentialsTokenProvider;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** One debug line per attempt, and nothing in the log that a customer or the client's owner must keep secret. */
class AttemptLogTest extends WireMockClientTest {

    private static final String SECRET = "sandbox-app-secret";
    private static final String PASSWORD = "482915";
    private static final String FETCHED_TOKEN = "eyJhbGciOiJSUzI1NiJ9.fetched.signature";

    private final Logger clientLog = (Logger) LoggerFactory.getLogger("com.example.citi.au.customers.client");
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

    @BeforeEach
    void captureTheClientsDebugLines() {
        lines.start();
        clientLog.addAppender(lines);
        clientLog.setLevel(Level.DEBUG);
    }

    @AfterEach
    void stopCapturing() {
        clientLog.detachAppender(lines);
        clientLog.setLevel(null);
    }

    @Test
    void logsOneLinePerAttemptWithMethodPathTemplateStatusDurationAndAttempt() {
        stub(Spec.get().operation("retrieveCardAccountAddresses"), aResponse().withStatus(503));
        stubSuccessAfter503();

        client.cardAddresses().retrieveCardAccountAddresses(Requests.ACCOUNT_ID);

        assertThat(attemptLines()).containsExactly(
                "GET /v1/cards/accounts/{accountId}/addresses 503 in 0 ms, attempt 1",
                "GET /v1/cards/accounts/{accountId}/addresses 200 in 0 ms, attempt 2");
    }

    @Test
    void saysWhenTheServerReplayedAStoredAnswer() {
        stub(Spec.get().operation("fulfillOffer"), aResponse().withStatus(200).withHeader("Idempotent-Replayed", "true")
                .withHeader("Content-Type", "application/json")
                .withBody(Spec.get().operation("fulfillOffer").successExample().json()));

        client.offers().fulfillOffer(Requests.balanceTransfer());

        assertThat(attemptLines()).singleElement().asString()
                .startsWith("POST /v1/sales/customers/offers/fulfillments 200 in 0 ms, attempt 1, replayed");
    }

    @Test
    void neverLogsTokensSecretsPasswordsEmailAddressesOrPhoneNumbers() {
        wireMock.stubFor(post(urlPathEqualTo(Spec.BASE_PATH + "/sandbox/v1/oauth2/token")).willReturn(okJson(
                "{\"access_token\":\"" + FETCHED_TOKEN + "\",\"token_type\":\"bearer\",\"expires_in\":1800}")));
        stub(Spec.get().operation("updateCustomerEmails"), ErrorMappingTest.stepUpRequired());
        stubSuccess("sendOneTimePassword");
        stub(Spec.get().operation("validateOneTimePassword"), aResponse().withStatus(503));
        CustomersApiClient customers = clientBuilder().clientCredentials(ClientCredentialsTokenProvider.builder()
                .tokenUrl(wireMock.baseUrl() + Spec.BASE_PATH + "/sandbox/v1/oauth2/token")
                .clientSecret(SECRET).customer("1")).build();

        try {
            customers.stepUp().changeEmails(Requests.changeAddress(), OtpDeliveryOption.SMS, sent -> PASSWORD);
        } catch (RuntimeException expected) {
            // the 503s exhaust the retries; what matters is what was logged on the way
        }
        try {
            customers.customerPhoneNumbers().updateCustomerPhoneNumbers(Requests.changeMobile());
        } catch (RuntimeException expected) {
            // not stubbed: 404
        }

        List<String> logged = lines.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(logged).hasSizeGreaterThan(5);
        assertThat(String.join("\n", logged)).doesNotContain(FETCHED_TOKEN, ACCESS_TOKEN, SECRET, PASSWORD,
                "olivia.bennett@example.org", "498765432", Requests.ACCOUNT_ID, Requests.CONTROL_FLOW_ID, "Basic ");
    }

    private void stubSuccessAfter503() {
        var operation = Spec.get().operation("retrieveCardAccountAddresses");
        wireMock.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                        com.github.tomakehurst.wiremock.client.WireMock.urlPathTemplate(Spec.BASE_PATH + operation.path()))
                .inScenario("503 once").whenScenarioStateIs(STARTED).willSetStateTo("up")
                .willReturn(aResponse().withStatus(503)));
        wireMock.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                        com.github.tomakehurst.wiremock.client.WireMock.urlPathTemplate(Spec.BASE_PATH + operation.path()))
                .inScenario("503 once").whenScenarioStateIs("up")
                .willReturn(okJson(operation.successExample().json())));
    }

    private List<String> attemptLines() {
        return lines.list.stream().filter(line -> line.getLoggerName().endsWith("AttemptLogPolicy"))
                .map(ILoggingEvent::getFormattedMessage).toList();
    }
}
