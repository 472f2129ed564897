package com.example.citi.au.customers.server.contact;

import static com.example.citi.au.customers.server.support.SandboxCaller.OLIVIA;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.server.support.ApiResponse;
import com.example.citi.au.customers.server.support.Concurrently;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ControlFlowRaceTest extends StepUpJourneyTest {

    private static final int THREADS = 10;

    @Autowired
    private JdbcClient jdbc;

    @Test
    void countsAtMostFiveOfManyConcurrentWrongPasswords() throws Exception {
        // given
        String controlFlowId = requestStepUp(OLIVIA, EMAILS, OLIVIA_CHANGES_PREFERRED_EMAIL);
        String otp = sendAndReadOtp(OLIVIA, controlFlowId);

        // when
        List<ApiResponse> responses = Concurrently.call(THREADS, () -> validateOtp(OLIVIA, controlFlowId, wrong(otp)));

        // then: four tries left 4, 3, 2 and 1; the fifth and every later one met a locked flow
        assertThat(responses).allSatisfy(response -> assertThat(response.status()).isEqualTo(422));
        assertThat(responses.stream().filter(response -> response.errorCode().equals("invalidOtp"))
                .map(response -> response.json().path("moreInfo").path("remainingOtpAttempts").asInt()))
                .containsExactlyInAnyOrder(4, 3, 2, 1);
        assertThat(responses).filteredOn(response -> response.errorCode().equals("controlFlowLocked"))
                .hasSize(THREADS - 4);
        assertThat(failedAttempts(controlFlowId)).isEqualTo(5);
        assertThat(validateOtp(OLIVIA, controlFlowId, otp).errorCode()).isEqualTo("controlFlowLocked");
    }

    @Test
    void appliesAChangeOnceWhenConfirmedConcurrently() throws Exception {
        // given
        String controlFlowId = validatedStepUp(OLIVIA, EMAILS, OLIVIA_ADDS_WORK_EMAIL);

        // when
        List<ApiResponse> responses = Concurrently.call(THREADS, () -> confirm(OLIVIA, EMAIL_CONFIRMATION, controlFlowId));

        // then
        assertThat(responses).filteredOn(response -> response.status() == 200).hasSize(1);
        assertThat(responses).filteredOn(response -> response.status() != 200)
                .allSatisfy(response -> assertThat(response.errorCode()).isEqualTo("controlFlowCompleted"))
                .hasSize(THREADS - 1);
        var emails = json(OLIVIA, EMAILS).path("emails");
        assertThat(emails.size()).isEqualTo(3);
        assertThat(emails.path(2).path("emailAddress").asString()).isEqualTo("olivia.work@example.com");
    }

    @Test
    void appliesAChangeOnceWhenTenCallersConfirmItWithTheRightPassword() throws Exception {
        // given
        String controlFlowId = requestStepUp(OLIVIA, EMAILS, OLIVIA_ADDS_WORK_EMAIL);
        String otp = sendAndReadOtp(OLIVIA, controlFlowId);

        // when: each validates the right password and confirms
        List<ApiResponse> confirmations = Concurrently.call(THREADS, () -> {
            validateOtp(OLIVIA, controlFlowId, otp);
            return confirm(OLIVIA, EMAIL_CONFIRMATION, controlFlowId);
        });

        // then
        assertThat(confirmations).filteredOn(response -> response.status() == 200).hasSize(1);
        assertThat(confirmations).filteredOn(response -> response.status() != 200).hasSize(THREADS - 1)
                .allSatisfy(response -> assertThat(response.status()).isEqualTo(422));
        var emails = json(OLIVIA, EMAILS).path("emails");
        assertThat(emails.size()).isEqualTo(3);
        assertThat(emails.path(2).path("emailAddress").asString()).isEqualTo("olivia.work@example.com");
    }

    @Test
    void sendsExactlyThreePasswordsForOneFlowToTenConcurrentSends() throws Exception {
        // given
        String controlFlowId = requestStepUp(OLIVIA, EMAILS, OLIVIA_CHANGES_PREFERRED_EMAIL);

        // when
        List<ApiResponse> responses = Concurrently.call(THREADS, () -> sendOtp(OLIVIA, controlFlowId, "SMS"));

        // then
        assertThat(responses).filteredOn(response -> response.status() == 200).hasSize(3);
        assertThat(responses).filteredOn(response -> response.status() != 200).hasSize(THREADS - 3)
                .allSatisfy(response -> {
                    assertThat(response.status()).isEqualTo(429);
                    assertThat(response.errorCode()).isEqualTo("rateLimitExceeded");
                });
        assertThat(get(OLIVIA, OUTBOX).query("controlFlowId=" + controlFlowId).send().json().path("messages").size())
                .isEqualTo(3);
        assertThat(jdbc.sql("select otp_sends from control_flow where control_flow_id = :id")
                .param("id", controlFlowId).query(Integer.class).single()).isEqualTo(3);
    }

    private int failedAttempts(String controlFlowId) {
        return jdbc.sql("select failed_attempts from control_flow where control_flow_id = :id")
                .param("id", controlFlowId)
                .query(Integer.class)
                .single();
    }
}
