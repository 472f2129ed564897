package com.example.citi.au.customers.server.contact;

import static com.example.citi.au.customers.server.support.SandboxCaller.LIAM;
import static com.example.citi.au.customers.server.support.SandboxCaller.OLIVIA;
import static com.example.citi.au.customers.server.support.SandboxCaller.OLIVIA_READ_ONLY;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.server.contact.outbox.SandboxOutbox;
import com.example.citi.au.customers.server.support.ApiResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

@ExtendWith(OutputCaptureExtension.class)
class SandboxOutboxTest extends StepUpJourneyTest {

    @Autowired
    private LoggingSystem loggingSystem;

    @Test
    void isEmptyBeforeAnyPasswordWasSent() {
        ApiResponse response = get(OLIVIA, OUTBOX).send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("messages").size()).isZero();
    }

    @Test
    void listsTheNewestMessageFirst() {
        String controlFlowId = requestStepUp(OLIVIA, EMAILS, OLIVIA_CHANGES_PREFERRED_EMAIL);
        sendOtp(OLIVIA, controlFlowId, "SMS");
        clock.advance(Duration.ofMinutes(1));
        sendOtp(OLIVIA, controlFlowId, "EMAIL");

        JsonNode messages = json(OLIVIA, OUTBOX).path("messages");

        assertThat(messages.size()).isEqualTo(2);
        assertThat(messages.path(0).path("otpDeliveryOption").asString()).isEqualTo("EMAIL");
        assertThat(messages.path(0).path("maskedDestination").asString()).isEqualTo("o***@example.com");
        assertThat(messages.path(0).path("sentDateTime").asString()).isEqualTo("2026-11-28T10:01:00Z");
        assertThat(messages.path(1).path("otpDeliveryOption").asString()).isEqualTo("SMS");
        assertThat(messages.path(1).path("sentDateTime").asString()).isEqualTo("2026-11-28T10:00:00Z");
    }

    @Test
    void showsOnlyTheMessagesOfTheRequestedControlFlow() {
        String emailFlow = requestStepUp(OLIVIA, EMAILS, OLIVIA_CHANGES_PREFERRED_EMAIL);
        String phoneFlow = requestStepUp(OLIVIA, PHONES, OLIVIA_CHANGES_MOBILE);
        sendOtp(OLIVIA, emailFlow, "SMS");
        sendOtp(OLIVIA, phoneFlow, "SMS");

        JsonNode messages = get(OLIVIA, OUTBOX).query("controlFlowId=" + phoneFlow).send().json().path("messages");

        assertThat(messages.size()).isEqualTo(1);
        assertThat(messages.path(0).path("controlFlowId").asString()).isEqualTo(phoneFlow);
    }

    @Test
    void showsOnlyTheSignedInCustomersMessages() {
        String controlFlowId = requestStepUp(OLIVIA, EMAILS, OLIVIA_CHANGES_PREFERRED_EMAIL);
        sendOtp(OLIVIA, controlFlowId, "SMS");

        ApiResponse all = get(LIAM, OUTBOX).send();
        ApiResponse oliviasFlow = get(LIAM, OUTBOX).query("controlFlowId=" + controlFlowId).send();

        assertThat(all.json().path("messages").size()).isZero();
        assertThat(oliviasFlow.json().path("messages").size()).isZero();
    }

    @Test
    void rejectsAMalformedControlFlowId() {
        ApiResponse response = get(OLIVIA, OUTBOX).query("controlFlowId=not-a-flow").send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorLocation()).isEqualTo("controlFlowId");
    }

    @Test
    void needsTheUpdateScope() {
        ApiResponse response = get(OLIVIA_READ_ONLY, OUTBOX).send();

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.errorCode()).isEqualTo("accessNotConfigured");
    }

    @Test
    void logsOneLineNamingTheMaskedDestinationButNotThePassword(CapturedOutput output) {
        loggingSystem.setLogLevel(SandboxOutbox.class.getName(), LogLevel.INFO);
        try {
            String controlFlowId = requestStepUp(OLIVIA, EMAILS, OLIVIA_CHANGES_PREFERRED_EMAIL);
            String otp = sendAndReadOtp(OLIVIA, controlFlowId);

            List<String> lines = output.getOut().lines().filter(line -> line.contains("Sandbox outbox:")).toList();
            assertThat(lines).hasSize(1);
            assertThat(lines.get(0)).endsWith("Sandbox outbox: one-time password for control flow " + controlFlowId
                    + " sent by SMS to +61 *****5678; read it with GET /api/sandbox/v1/otpOutbox");
            assertThat(lines.get(0)).doesNotContain(otp).doesNotContain("412345678");
        } finally {
            loggingSystem.setLogLevel(SandboxOutbox.class.getName(), null);
        }
    }
}
