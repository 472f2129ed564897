package com.example.citi.au.customers.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathTemplate;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.example.citi.au.customers.client.Spec.SpecOperation;
import com.example.citi.au.customers.client.errors.ConflictException;
import com.example.citi.au.customers.client.errors.CustomersApiConnectionException;
import com.example.citi.au.customers.client.errors.CustomersApiException;
import com.example.citi.au.customers.client.errors.RateLimitedException;
import com.example.citi.au.customers.client.errors.ServiceUnavailableException;
import com.example.citi.au.customers.client.retries.IdempotencyKey;
import com.example.citi.au.customers.client.retries.RetryOptions;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which answers are retried, how long the client waits, and when it stops: one rule per test, on a fake clock. */
class RetryRulesTest extends WireMockClientTest {

    private static final SpecOperation READ = Spec.get().operation("retrieveCustomerEmails");
    private static final SpecOperation WRITE = Spec.get().operation("fulfillOffer");

    @Test
    void retriesA503AndReturnsThe200ThatFollows() {
        answerInTurn(READ, status(503), success(READ));

        client.customerEmails().retrieveCustomerEmails();

        assertThat(receivedRequests()).hasSize(2);
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(500));
    }

    @Test
    void waitsTheTwoSecondsA429sRetryAfterAsksOnTheClientsClock() {
        answerInTurn(READ, status(429).withHeader("Retry-After", "2"), success(READ));

        client.customerEmails().retrieveCustomerEmails();

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2));
        assertThat(receivedRequests()).hasSize(2);
    }

    @Test
    void honoursARetryAfterGivenAsAnHttpDate() {
        String inThreeSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                time.instant().plusSeconds(3).atOffset(ZoneOffset.UTC));
        answerInTurn(READ, status(503).withHeader("Retry-After", inThreeSeconds), success(READ));

        client.customerEmails().retrieveCustomerEmails();

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void failsAtOnceWhenRetryAfterIsBeyondTheCeilingAndSaysHowLongToWait() {
        stub(READ, status(429).withHeader("Retry-After", "120"));

        RateLimitedException thrown = catchThrowableOfType(RateLimitedException.class,
                () -> client.customerEmails().retrieveCustomerEmails());

        assertThat(thrown.retryAfter()).contains(Duration.ofSeconds(120));
        assertThat(thrown.attempts()).isEqualTo(1);
        assertThat(thrown).hasMessageContaining("asked to wait 120 s");
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void backsOffExponentiallyUpToTheCapThenGivesUp() {
        stub(READ, status(503));
        CustomersApiClient patient = clientBuilder().retries(RetryOptions.defaults().withMaxRetries(5)
                .withBackoff(Duration.ofSeconds(1), Duration.ofSeconds(4), 0)).build();

        ServiceUnavailableException thrown = catchThrowableOfType(ServiceUnavailableException.class,
                () -> patient.customerEmails().retrieveCustomerEmails());

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                Duration.ofSeconds(4), Duration.ofSeconds(4));
        assertThat(thrown.attempts()).isEqualTo(6);
        assertThat(thrown).hasMessageContaining("gave up after 6 attempts");
    }

    @Test
    void takesUpToTheJitterFractionOffEachWait() {
        answerInTurn(READ, status(503), success(READ));
        CustomersApiClient jittered = clientBuilder().jitterSource(() -> 0.5).build();

        jittered.customerEmails().retrieveCustomerEmails();

        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(438)); // 500 ms less a quarter of a half
    }

    @Test
    void theDeadlineEndsTheRetries() {
        stub(READ, status(503));
        CustomersApiClient hurried = clientBuilder().retries(RetryOptions.defaults().withMaxRetries(10)
                .withBackoff(Duration.ofSeconds(1), Duration.ofSeconds(8), 0).withDeadline(Duration.ofSeconds(5))).build();

        ServiceUnavailableException thrown = catchThrowableOfType(ServiceUnavailableException.class,
                () -> hurried.customerEmails().retrieveCustomerEmails());

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2)); // a 4 s wait would end at 7 s
        assertThat(thrown.attempts()).isEqualTo(3);
        assertThat(thrown).hasMessageContaining("deadline of 5000 ms");
    }

    @Test
    void retriesAReadWhoseConnectionWasReset() {
        answerInTurn(READ, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), success(READ));

        client.customerEmails().retrieveCustomerEmails();

        assertThat(receivedRequests()).hasSize(2);
    }

    @Test
    void neverRetriesAWriteWithoutAKey() {
        stub(WRITE, status(503));
        CustomersApiClient keyless = clientBuilder().retries(RetryOptions.defaults().withIdempotencyKeys(false)).build();

        ServiceUnavailableException thrown = catchThrowableOfType(ServiceUnavailableException.class,
                () -> keyless.offers().fulfillOffer(Requests.balanceTransfer()));

        assertThat(onlyRequest().containsHeader(IdempotencyKey.HEADER)).isFalse();
        assertThat(thrown).hasMessageContaining("a write without an Idempotency-Key is never repeated");
        assertThat(thrown.idempotencyKey()).isEmpty();
    }

    @Test
    void retriesAWriteWithTheSameKeyOnEveryAttemptAndAFreshUuid() {
        answerInTurn(WRITE, status(502), status(504), success(WRITE));

        client.offers().fulfillOffer(Requests.balanceTransfer());

        List<LoggedRequest> attempts = receivedRequests();
        assertThat(attempts).hasSize(3);
        assertThat(attempts).extracting(attempt -> attempt.getHeader(IdempotencyKey.HEADER)).containsOnly(
                attempts.get(0).getHeader(IdempotencyKey.HEADER)).first().asString().matches("\"[0-9a-f-]{36}\"");
        assertThat(attempts).extracting(attempt -> attempt.getHeader("uuid")).doesNotHaveDuplicates();
    }

    @Test
    void sendsTheCallersOwnKeyUnchanged() {
        answerInTurn(WRITE, aResponse().withFault(Fault.EMPTY_RESPONSE), success(WRITE));

        client.offers().fulfillOffer(Requests.balanceTransfer(), IdempotencyKey.of("order-4711"));

        assertThat(receivedRequests()).extracting(attempt -> attempt.getHeader(IdempotencyKey.HEADER))
                .containsExactly("\"order-4711\"", "\"order-4711\"");
    }

    @Test
    void aWriteWithNoAnswerNamesItsKeyForALaterRepeat() {
        stub(WRITE, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        CustomersApiConnectionException thrown = catchThrowableOfType(CustomersApiConnectionException.class,
                () -> client.offers().fulfillOffer(Requests.balanceTransfer()));

        assertThat(thrown.attempts()).isEqualTo(4);
        assertThat("\"" + thrown.idempotencyKey().orElseThrow() + "\"")
                .isEqualTo(receivedRequests().get(0).getHeader(IdempotencyKey.HEADER));
    }

    @Test
    void retriesTheConflictThatSaysTheSameKeyIsStillRunning() {
        answerInTurn(WRITE, status(409).withHeader("Retry-After", "1").withHeader("Content-Type", "application/json")
                .withBody("{\"type\":\"error\",\"code\":\"idempotencyKeyInUse\",\"details\":\"still running\"}"), success(WRITE));

        client.offers().fulfillOffer(Requests.balanceTransfer());

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void neverRetriesAnyOtherConflict() {
        stub(WRITE, status(409).withHeader("Content-Type", "application/json")
                .withBody("{\"type\":\"error\",\"code\":\"offerAlreadyFulfilled\",\"details\":\"done\"}"));

        catchThrowableOfType(ConflictException.class, () -> client.offers().fulfillOffer(Requests.balanceTransfer()));

        assertThat(receivedRequests()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {400, 403, 404, 422, 500})
    void neverRetries(int status) {
        stub(READ, status(status));

        CustomersApiException thrown = catchThrowableOfType(CustomersApiException.class,
                () -> client.customerEmails().retrieveCustomerEmails());

        assertThat(thrown.status()).isEqualTo(status);
        assertThat(receivedRequests()).hasSize(1);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void retriesNothingWhenTurnedOff() {
        stub(READ, status(503));
        CustomersApiClient once = clientBuilder().retries(RetryOptions.none()).build();

        catchThrowableOfType(ServiceUnavailableException.class, () -> once.customerEmails().retrieveCustomerEmails());

        assertThat(receivedRequests()).hasSize(1);
    }

    @Test
    void readsCarryNoKey() {
        stub(READ, success(READ));

        client.customerEmails().retrieveCustomerEmails();

        assertThat(onlyRequest().containsHeader(IdempotencyKey.HEADER)).isFalse();
        wireMock.verify(1, anyRequestedFor(anyUrl()));
    }

    private static ResponseDefinitionBuilder status(int status) {
        return aResponse().withStatus(status);
    }

    private static ResponseDefinitionBuilder success(SpecOperation operation) {
        return aResponse().withStatus(operation.successExample().status())
                .withHeader("Content-Type", "application/json").withBody(operation.successExample().json());
    }

    /** The operation answers with each response in turn, the last one from then on. */
    private static void answerInTurn(SpecOperation operation, ResponseDefinitionBuilder... answers) {
        for (int i = 0; i < answers.length; i++) {
            wireMock.stubFor(request(operation.method().name(), urlPathTemplate(Spec.BASE_PATH + operation.path()))
                    .inScenario("in turn").whenScenarioStateIs(i == 0 ? STARTED : "answer " + i)
                    .willSetStateTo(i == answers.length - 1 ? "answer " + i : "answer " + (i + 1))
                    .willReturn(answers[i]));
        }
    }
}
