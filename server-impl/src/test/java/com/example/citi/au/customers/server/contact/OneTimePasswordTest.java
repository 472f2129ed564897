package com.example.citi.au.customers.server.contact;

import static com.example.citi.au.customers.server.support.SandboxCaller.LIAM;
import static com.example.citi.au.customers.server.support.SandboxCaller.OLIVIA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.example.citi.au.customers.server.support.ApiResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class OneTimePasswordTest extends StepUpJourneyTest {

    @Autowired
    private JdbcClient jdbc;

    @Test
    void writesThePasswordToTheSandboxOutbox() {
        String controlFlowId = requestStepUp(OLIVIA, EMAILS, OLIVIA_CHANGES_PREFERRED_EMAIL);
        sendOtp(OLIVIA, controlFlowId, "SMS");

        ApiResponse outbox = get(OLIVIA, OUTBOX).send();

        var message = outbox.json().path("messages").path(0);
        assertThat(outbox.json().path("messages").size()).isEqualTo(1);
        assertThat(message.path("controlFlowId").asString()).isEqualTo(controlFlowId);
        assertThat(message.path("otpDeliveryOption").asString()).isEqualTo("SMS");
        assertThat(message.path("maskedDestination").asString()).isEqualTo("+61 *****5678");
        assertThat(message.path("messageText").asString())
                .matches("Your Citi one-time password is [0-9]{6}\\. It expires in 5 minutes\\.");
        assertThat(message.path("sentDateTime").asString()).isEqualTo("2026-11-28T10:00:00Z");
    }

    @Test
    void keepsOnlyAHashOfThePassword() {
        String controlFlowId = requestStepUp(OLIVIA, EMAILS, OLIVIA_CHANGES_PREFERRED_EMAIL);
        String otp = sendAndReadOtp(OLIVIA, controlFlowId);

        Map<String, Object> stored = jdbc.sql("select * from control_flow where control_flow_id = :id")
                .param("id", controlFlowId).query().singleRow();

        assertThat(stored.values()).noneMatch(value -> String.valueOf(value).contains(otp));
        assertThat(stored.get("otp_hash")).isEqualTo(sha256Hex(controlFlowId + ":" + otp));
    }

    @Test
    void acceptsTheRightPassword() {
        String controlFlowId = requestStepUp(OLIVIA, EMAILS, OLIVIA_CHANGES_PREFERRED_EMAIL);

        ApiResponse response = validateOtp(OLIVIA, controlFlowId, sendAndReadOtp(OLIVIA, controlFlowId));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("controlFlowId").asString()).isEqualTo(controlFlowId);
        assertThat(response.json().path("otpValidationStatus").asString()).isEqualTo("VALIDATED");
    }

    @Test
    void countsDownTheRemainingAttemptsOnWrongPasswords() {
        String controlFlowId = requestStepUp(OLIVIA, EMAILS, OLIVIA_CHANGES_PREFERRED_EMAIL);
        String wrong = wrong(sendAndReadOtp(OLIVIA, controlFlowId));

        for (int remaining = 4; remaining >= 1; remaining--) {
            ApiResponse response = validateOtp(OLIVIA, controlFlowId, wrong);

            assertThat(response.status()).isEqualTo(422);
            assertThat(response.errorCode()).isEqualTo("invalidOtp");
            assertThat(response.errorLocation()).isEqualTo("otpToken");
            assertThat(response.json().path("moreInfo").path("controlFlowId").asString()).isEqualTo(controlFlowId);
            assertThat(response.json().path("moreInfo").path("remainingOtpAttempts").asInt()).isEqualTo(remaining);
        }
    }

    @Test
    void locksTheFlowAtTheFifthWrongPassword() {
        String controlFlowId = requestStepUp(OLIVIA, EMAILS, OLIVIA_CHANGES_PREFERRED_EMAIL);
        String wrong = wrong(sendAndReadOtp(OLIVIA, controlFlowId));
        for (int i = 0; i < 4; i++) {
            validateOtp(OLIVIA, controlFlowId, wrong);
        }

        ApiResponse fifth = validateOtp(OLIVIA, controlFlowId, wrong);

        assertThat(fifth.status()).isEqualTo(422);
        assertThat(fifth.errorCode()).isEqualTo("controlFlowLocked");
        assertThat(fifth.errorLocation()).isEqualTo("controlFlowId");
        assertThat(fifth.json().path("moreInfo").path("remainingOtpAttempts").asInt()).isZero();
    }

    @Test
    void rejectsEvenTheRightPasswordOnceLocked() {
        String before = body(OLIVIA, EMAILS);
        String controlFlowId = requestStepUp(OLIVIA, EMAILS, OLIVIA_CHANGES_PREFERRED_EMAIL);
        String otp = sendAndReadOtp(OLIVIA, controlFlowId);
        for (int i = 0; i < 5; i++) {
            validateOtp(OLIVIA, controlFlowId, wrong(otp));
        }

        ApiResponse validation = validateOtp(OLIVIA, controlFlowId, otp);
        ApiResponse resend = sendOtp(OLIVIA, controlFlowId, "SMS");
        ApiResponse confirmation = confirm(OLIVIA, EMAIL_CONFIRMATION, controlFlowId);

        assertThat(validation.errorCode()).isEqualTo("controlFlowLocked");
        assertThat(resend.status()).isEqualTo(422);
        assertThat(resend.errorCode()).isEqualTo("controlFlowLocked");
        assertThat(confirmation.status()).isEqualTo(422);
        assertThat(confirmation.errorCode()).isEqualTo("controlFlowLocked");
        assertThat(body(OLIVIA, EMAILS)).isEqualTo(before);
    }

    @Test
    void rejectsAnExpiredPassword() {
        String controlFlowId = requestStepUp(OLIVIA, EMAILS, OLIVIA_CHANGES_PREFERRED_EMAIL);
        String otp = sendAndReadOtp(OLIVIA, controlFlowId);
        clock.advance(Duration.ofMinutes(6));

        ApiResponse response = validateOtp(OLIVIA, controlFlowId, otp);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorCode()).isEqualTo("otpExpired");
        assertThat(response.errorLocation()).isEqualTo("otpToken");
    }

    @Test
    void acceptsAFreshPasswordAfterTheFirstExpired() {
        String controlFlowId = requestStepUp(OLIVIA, EMAILS, OLIVIA_CHANGES_PREFERRED_EMAIL);
        sendAndReadOtp(OLIVIA, controlFlowId);
        clock.advance(Duration.ofMinutes(6));

        ApiResponse response = validateOtp(OLIVIA, controlFlowId, sendAndReadOtp(OLIVIA, controlFlowId));

        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void rejectsValidationBeforeAnyPasswordWasSent() {
        String controlFlowId = requestStepUp(OLIVIA, EMAILS, OLIVIA_CHANGES_PREFERRED_EMAIL);

        ApiResponse response = validateOtp(OLIVIA, controlFlowId, "123456");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorCode()).isEqualTo("otpExpired");
    }

    @Test
    void acceptsAPasswordOnlyOnce() {
        String controlFlowId = requestStepUp(OLIVIA, EMAILS, OLIVIA_CHANGES_PREFERRED_EMAIL);
        String otp = sendAndReadOtp(OLIVIA, controlFlowId);
        validateOtp(OLIVIA, controlFlowId, otp);

        ApiResponse second = validateOtp(OLIVIA, controlFlowId, otp);

        assertThat(second.status()).isEqualTo(422);
        assertThat(second.errorCode()).isEqualTo("otpExpired");
    }

    @Test
    void keepsTheWrongPasswordCountWhenAPasswordIsSentAgain() {
        String controlFlowId = requestStepUp(OLIVIA, EMAILS, OLIVIA_CHANGES_PREFERRED_EMAIL);
        String first = sendAndReadOtp(OLIVIA, controlFlowId);
        validateOtp(OLIVIA, controlFlowId, wrong(first));
        validateOtp(OLIVIA, controlFlowId, wrong(first));

        String second = sendAndReadOtp(OLIVIA, controlFlowId);
        ApiResponse third = validateOtp(OLIVIA, controlFlowId, wrong(second));

        assertThat(third.errorCode()).isEqualTo("invalidOtp");
        assertThat(third.json().path("moreInfo").path("remainingOtpAttempts").asInt()).isEqualTo(2);
        assertThat(validateOtp(OLIVIA, controlFlowId, second).status()).isEqualTo(200);
    }

    @Test
    void replacesThePreviousPasswordWhenSentAgain() {
        String controlFlowId = requestStepUp(OLIVIA, EMAILS, OLIVIA_CHANGES_PREFERRED_EMAIL);
        String first = sendAndReadOtp(OLIVIA, controlFlowId);
        String second = sendAndReadOtp(OLIVIA, controlFlowId);
        assumeFalse(first.equals(second), "the two random passwords happen to be equal");

        ApiResponse response = validateOtp(OLIVIA, controlFlowId, first);

        assertThat(response.errorCode()).isEqualTo("invalidOtp");
    }

    @Test
    void rejectsAnUnknownControlFlow() {
        ApiResponse send = sendOtp(OLIVIA, UNKNOWN_FLOW, "SMS");
        ApiResponse validation = validateOtp(OLIVIA, UNKNOWN_FLOW, "123456");

        assertThat(send.status()).isEqualTo(404);
        assertThat(send.errorCode()).isEqualTo("resourceNotFound");
        assertThat(send.errorLocation()).isEqualTo("controlFlowId");
        assertThat(validation.status()).isEqualTo(404);
        assertThat(validation.errorLocation()).isEqualTo("controlFlowId");
    }

    @Test
    void rejectsAFlowThatExpired() {
        String controlFlowId = requestStepUp(OLIVIA, EMAILS, OLIVIA_CHANGES_PREFERRED_EMAIL);
        String otp = sendAndReadOtp(OLIVIA, controlFlowId);
        clock.advance(Duration.ofMinutes(16));

        ApiResponse send = sendOtp(OLIVIA, controlFlowId, "SMS");
        ApiResponse validation = validateOtp(OLIVIA, controlFlowId, otp);

        assertThat(send.status()).isEqualTo(422);
        assertThat(send.errorCode()).isEqualTo("controlFlowExpired");
        assertThat(validation.status()).isEqualTo(422);
        assertThat(validation.errorCode()).isEqualTo("controlFlowExpired");
    }

    @Test
    void answersAnotherCustomersFlowAsNotFoundAndLeavesItWorking() {
        // given: Olivia's flow with a password sent
        String before = body(OLIVIA, EMAILS);
        String controlFlowId = requestStepUp(OLIVIA, EMAILS, OLIVIA_CHANGES_PREFERRED_EMAIL);
        String otp = sendAndReadOtp(OLIVIA, controlFlowId);

        // when: Liam tries every step with Olivia's controlFlowId, even her right password
        ApiResponse liamSends = sendOtp(LIAM, controlFlowId, "SMS");
        ApiResponse liamValidatesWrong = validateOtp(LIAM, controlFlowId, wrong(otp));
        ApiResponse liamValidates = validateOtp(LIAM, controlFlowId, otp);
        ApiResponse liamConfirms = confirm(LIAM, EMAIL_CONFIRMATION, controlFlowId);

        // then: all are 404, nothing of Olivia's changed, and her journey still completes
        assertThat(liamSends.status()).isEqualTo(404);
        assertThat(liamValidatesWrong.status()).isEqualTo(404);
        assertThat(liamValidates.status()).isEqualTo(404);
        assertThat(liamConfirms.status()).isEqualTo(404);
        assertThat(liamConfirms.errorLocation()).isEqualTo("controlFlowId");
        assertThat(get(LIAM, OUTBOX).send().json().path("messages").size()).isZero();
        assertThat(body(OLIVIA, EMAILS)).isEqualTo(before);
        ApiResponse oliviaWrong = validateOtp(OLIVIA, controlFlowId, wrong(otp));
        assertThat(oliviaWrong.json().path("moreInfo").path("remainingOtpAttempts").asInt()).isEqualTo(4);
        assertThat(validateOtp(OLIVIA, controlFlowId, otp).status()).isEqualTo(200);
        assertThat(confirm(OLIVIA, EMAIL_CONFIRMATION, controlFlowId).status()).isEqualTo(200);
    }

    @Test
    void neverShowsThePasswordOutsideTheOutbox() {
        StringBuilder answers = new StringBuilder();
        ApiResponse update = put(OLIVIA, EMAILS, OLIVIA_CHANGES_PREFERRED_EMAIL).send();
        String controlFlowId = update.json().path("moreInfo").path("controlFlowId").asString();
        answers.append(update.body()).append(sendOtp(OLIVIA, controlFlowId, "SMS").body());
        String otp = latestOtp(OLIVIA, controlFlowId);
        answers.append(validateOtp(OLIVIA, controlFlowId, wrong(otp)).body())
                .append(validateOtp(OLIVIA, controlFlowId, otp).body())
                .append(validateOtp(OLIVIA, controlFlowId, otp).body())
                .append(confirm(OLIVIA, EMAIL_CONFIRMATION, controlFlowId).body())
                .append(body(OLIVIA, EMAILS));

        assertThat(answers.toString()).doesNotContain(otp);
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
