package com.example.citi.au.customers.server.idempotency;

import static com.example.citi.au.customers.server.support.SandboxCaller.CHARLOTTE;
import static com.example.citi.au.customers.server.support.SandboxCaller.OLIVIA;
import static com.example.citi.au.customers.server.support.StepUpSteps.confirmation;
import static com.example.citi.au.customers.server.support.StepUpSteps.controlFlowOf;
import static com.example.citi.au.customers.server.support.StepUpSteps.passwordIn;
import static com.example.citi.au.customers.server.support.StepUpSteps.smsRequest;
import static com.example.citi.au.customers.server.support.StepUpSteps.validation;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.server.support.ApiIntegrationTest;
import com.example.citi.au.customers.server.support.ApiRequest;
import com.example.citi.au.customers.server.support.ApiResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes sent with an Idempotency-Key, over real HTTP: each applied once however often it is
 * sent, the same answer replayed, another request with the key refused. Run on H2 and on
 * PostgreSQL.
 */
abstract class IdempotentWritesBehaviour extends ApiIntegrationTest {

    static final String FULFILLMENTS = "/v1/sales/customers/offers/fulfillments";
    static final String FULFILMENT = """
            {"offerId":"OFR-CLI-2026-0002","accountId":"4d6f1b2c8a9e0f3d4d6f1b2c8a9e0f3d",
             "requestedAmount":2500.00,"currencyCode":"AUD",
             "consentDetails":[{"consentType":"TERMS_AND_CONDITIONS","consentGivenFlag":true},
                               {"consentType":"CREDIT_CHECK","consentGivenFlag":true}]}""";
    private static final String EMAILS = "/v1/customers/profiles/emails";
    private static final String EMAIL_CHANGE = """
            {"emails":[{"emailKey":2001,"emailAddress":"olivia.retried@example.org","preferredEmailFlag":true}]}""";
    private static final String OTP = "/v1/mfa/otp";
    private static final String IMAGE = "/v1/customers/profile/images";
    private static final String KEY = "Idempotency-Key";
    private static final String REPLAYED = "Idempotent-Replayed";

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    private IdempotentWrites writes;

    @Test
    void fulfilsAnOfferOnceAndReplaysTheAnswerToTheSameKey() {
        String key = newKey();

        ApiResponse first = fulfil(key).send();
        ApiResponse again = fulfil(key).send();

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header(REPLAYED)).isNull();
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header(REPLAYED)).isEqualTo("true");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(fulfilments()).isEqualTo(1);
    }

    @Test
    void sendsAOneTimePasswordOnceForOneKey() {
        String flow = controlFlowOf(put(OLIVIA, EMAILS, EMAIL_CHANGE).send());
        String key = newKey();

        ApiResponse first = post(OLIVIA, OTP, smsRequest(flow)).header(KEY, key).send();
        ApiResponse again = post(OLIVIA, OTP, smsRequest(flow)).header(KEY, key).send();

        assertThat(first.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header(REPLAYED)).isEqualTo("true");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(jdbc.sql("select count(*) from sandbox_outbox_message where control_flow_id = :flow")
                .param("flow", flow).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void appliesAConfirmationOnceAndReplaysItsAnswer() {
        String flow = validatedEmailChange();
        String key = newKey();

        ApiResponse first = post(OLIVIA, EMAILS + "/confirmation", confirmation(flow)).header(KEY, key).send();
        ApiResponse again = post(OLIVIA, EMAILS + "/confirmation", confirmation(flow)).header(KEY, key).send();
        ApiResponse withAnotherKey = post(OLIVIA, EMAILS + "/confirmation", confirmation(flow)).header(KEY, newKey()).send();

        assertThat(first.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header(REPLAYED)).isEqualTo("true");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(withAnotherKey.status()).as("a new key is a new request: the flow was confirmed once").isEqualTo(422);
        assertThat(withAnotherKey.errorCode()).isEqualTo("controlFlowCompleted");
    }

    @Test
    void keepsTheKeyOfAConfirmationRefusedBeforeItsPasswordWasValidated() {
        String flow = controlFlowOf(put(OLIVIA, EMAILS, EMAIL_CHANGE).send());
        post(OLIVIA, OTP, smsRequest(flow)).send();
        String key = newKey();

        ApiResponse tooEarly = post(OLIVIA, EMAILS + "/confirmation", confirmation(flow)).header(KEY, key).send();
        String otp = passwordIn(get(OLIVIA, "/sandbox/v1/otpOutbox").query("controlFlowId=" + flow).send());
        put(OLIVIA, OTP, validation(flow, otp)).send();
        ApiResponse confirmed = post(OLIVIA, EMAILS + "/confirmation", confirmation(flow)).header(KEY, key).send();

        assertThat(controlFlowOf(tooEarly)).as("nothing changed, so nothing stored").isEqualTo(flow);
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.header(REPLAYED)).isNull();
    }

    @Test
    void replaysTheStepUpAnswerWithItsControlFlowInsteadOfOpeningAnother() {
        String key = newKey();

        ApiResponse first = put(OLIVIA, EMAILS, EMAIL_CHANGE).header(KEY, key).send();
        ApiResponse again = put(OLIVIA, EMAILS, EMAIL_CHANGE).header(KEY, key).send();

        assertThat(first.status()).isEqualTo(403);
        assertThat(again.status()).isEqualTo(403);
        assertThat(again.header(REPLAYED)).isEqualTo("true");
        assertThat(controlFlowOf(again)).isEqualTo(controlFlowOf(first));
        assertThat(jdbc.sql("select count(*) from control_flow").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void countsAWrongPasswordOnceForOneKey() {
        String flow = controlFlowOf(put(OLIVIA, EMAILS, EMAIL_CHANGE).send());
        post(OLIVIA, OTP, smsRequest(flow)).send();
        String key = newKey();

        ApiResponse first = put(OLIVIA, OTP, validation(flow, "000000")).header(KEY, key).send();
        ApiResponse again = put(OLIVIA, OTP, validation(flow, "000000")).header(KEY, key).send();

        assertThat(first.errorCode()).isEqualTo("invalidOtp");
        assertThat(again.header(REPLAYED)).isEqualTo("true");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(jdbc.sql("select failed_attempts from control_flow where control_flow_id = :flow")
                .param("flow", flow).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void answersTheSameKeyWithAnotherBodyWith422AndAppliesNothing() {
        String key = newKey();
        fulfil(key).send();

        ApiResponse reused = post(OLIVIA, FULFILLMENTS,
                FULFILMENT.replace("2500.00", "2600.00")).header(KEY, key).send();

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.errorCode()).isEqualTo("idempotencyKeyReused");
        assertThat(reused.errorLocation()).isEqualTo(KEY);
        assertThat(reused.header(REPLAYED)).isNull();
    }

    @Test
    void takesTheSameObjectWrittenInAnotherOrderAsTheSameRequest() {
        String key = newKey();
        fulfil(key).send();

        ApiResponse reordered = post(OLIVIA, FULFILLMENTS, """
                {"consentDetails":[{"consentGivenFlag":true,"consentType":"TERMS_AND_CONDITIONS"},
                                   {"consentType":"CREDIT_CHECK","consentGivenFlag":true}],
                 "currencyCode":"AUD","requestedAmount":2500.00,
                 "accountId":"4d6f1b2c8a9e0f3d4d6f1b2c8a9e0f3d","offerId":"OFR-CLI-2026-0002"}""")
                .header(KEY, "\"" + key + "\"").send();

        assertThat(reordered.status()).isEqualTo(200);
        assertThat(reordered.header(REPLAYED)).as("the quoted and the bare key are one key").isEqualTo("true");
    }

    @Test
    void leavesTheKeyUnusedWhenTheRequestWasRefusedWithoutAChange() {
        String key = newKey();

        ApiResponse refused = post(OLIVIA, FULFILLMENTS, FULFILMENT.replace("\"AUD\"", "\"australian\""))
                .header(KEY, key).send();
        ApiResponse fixed = post(OLIVIA, FULFILLMENTS, FULFILMENT).header(KEY, key).send();

        assertThat(refused.status()).isEqualTo(400);
        assertThat(fixed.status()).isEqualTo(200);
        assertThat(fixed.header(REPLAYED)).isNull();
        assertThat(fulfilments()).isEqualTo(1);
    }

    @Test
    void keepsEachCustomersKeysApart() {
        String key = newKey();

        ApiResponse olivias = delete(OLIVIA, IMAGE).header(KEY, key).send();
        ApiResponse charlottes = delete(CHARLOTTE, IMAGE).header(KEY, key).send();

        assertThat(olivias.status()).isEqualTo(204);
        assertThat(charlottes.status()).isEqualTo(204);
        assertThat(charlottes.header(REPLAYED)).isNull();
        assertThat(jdbc.sql("select count(*) from profile_image where customer_id in (1, 3)").query(Integer.class).single())
                .isZero();
    }

    @Test
    void forgetsAKeyOnceItsAnswerExpired() {
        String key = newKey();
        ApiResponse deleted = delete(OLIVIA, IMAGE).header(KEY, key).send();
        clock.advance(Duration.ofHours(24).minusSeconds(1));
        ApiResponse replayed = delete(OLIVIA, IMAGE).header(KEY, key).send();
        clock.advance(Duration.ofSeconds(1));

        ApiResponse afterExpiry = delete(OLIVIA, IMAGE).header(KEY, key).send();

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(replayed.status()).isEqualTo(204);
        assertThat(replayed.header(REPLAYED)).isEqualTo("true");
        assertThat(afterExpiry.status()).as("run again: the image is gone").isEqualTo(404);
        assertThat(afterExpiry.header(REPLAYED)).isNull();
    }

    @Test
    void purgesExpiredKeys() {
        delete(OLIVIA, IMAGE).header(KEY, newKey()).send();
        clock.advance(Duration.ofHours(1));
        fulfil(newKey()).send();
        clock.advance(Duration.ofHours(23));

        int purged = writes.purgeExpired();

        assertThat(purged).isEqualTo(1);
        assertThat(jdbc.sql("select operation from idempotency_key").query(String.class).list())
                .containsExactly("fulfillOffer");
    }

    @Test
    void appliesOneKeySentByTenThreadsAtOnceOnce() throws Exception {
        String key = newKey();
        int threads = 10;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService senders = Executors.newFixedThreadPool(threads);
        try {
            List<Future<ApiResponse>> answers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<ApiResponse> send = () -> {
                    start.await();
                    return fulfil(key).send();
                };
                answers.add(senders.submit(send));
            }
            start.countDown();
            List<ApiResponse> responses = new ArrayList<>();
            for (Future<ApiResponse> answer : answers) {
                responses.add(answer.get());
            }

            assertThat(responses).filteredOn(r -> r.status() == 200 && r.header(REPLAYED) == null).hasSize(1);
            assertThat(responses).allSatisfy(r -> {
                if (r.status() == 409) {
                    assertThat(r.errorCode()).isEqualTo("idempotencyKeyInUse");
                    assertThat(r.header("Retry-After")).isEqualTo("1");
                } else {
                    assertThat(r.status()).isEqualTo(200);
                }
            });
            String applied = responses.stream().filter(r -> r.status() == 200 && r.header(REPLAYED) == null).findFirst().orElseThrow().body();
            assertThat(responses).filteredOn(r -> r.status() == 200).extracting(ApiResponse::body).containsOnly(applied);
            assertThat(fulfilments()).isEqualTo(1);
        } finally {
            senders.shutdownNow();
        }
    }

    @Test
    void refusesAKeySentTwiceOrOffItsPatternAndAppliesNothing() {
        String key = newKey();

        ApiResponse twice = fulfil(key).headerLine(KEY, key).send();
        ApiResponse tooLong = fulfil("k".repeat(65)).send();
        ApiResponse unbalanced = fulfil("\"" + key).send();

        assertThat(List.of(twice, tooLong, unbalanced)).allSatisfy(refused -> {
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.errorLocation()).isEqualTo(KEY);
        });
        assertThat(fulfilments()).isZero();
    }

    @Test
    void appliesEveryAttemptWithoutTheHeaderAsBefore() {
        ApiResponse first = delete(OLIVIA, IMAGE).send();
        ApiResponse again = delete(OLIVIA, IMAGE).send();

        assertThat(first.status()).isEqualTo(204);
        assertThat(again.status()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from idempotency_key").query(Integer.class).single()).isZero();
    }

    protected ApiRequest fulfil(String key) {
        return post(OLIVIA, FULFILLMENTS, FULFILMENT).header(KEY, key);
    }

    protected int fulfilments() {
        return jdbc.sql("select count(*) from offer_fulfillment where offer_id = 'OFR-CLI-2026-0002'")
                .query(Integer.class).single();
    }

    protected static String newKey() {
        return UUID.randomUUID().toString();
    }

    private String validatedEmailChange() {
        String flow = controlFlowOf(put(OLIVIA, EMAILS, EMAIL_CHANGE).send());
        post(OLIVIA, OTP, smsRequest(flow)).send();
        String otp = passwordIn(get(OLIVIA, "/sandbox/v1/otpOutbox").query("controlFlowId=" + flow).send());
        assertThat(put(OLIVIA, OTP, validation(flow, otp)).send().status()).isEqualTo(200);
        return flow;
    }
}
