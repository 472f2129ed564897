package com.example.citi.au.customers.server.contact;

import static com.example.citi.au.customers.server.support.SandboxCaller.OLIVIA;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.server.support.ApiResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ControlFlowConfirmationTest extends StepUpJourneyTest {

    @Test
    void confirmsAFlowOnlyOnce() {
        String controlFlowId = validatedStepUp(OLIVIA, EMAILS, OLIVIA_ADDS_WORK_EMAIL);
        String afterFirst = confirm(OLIVIA, EMAIL_CONFIRMATION, controlFlowId).body();

        ApiResponse second = confirm(OLIVIA, EMAIL_CONFIRMATION, controlFlowId);

        assertThat(second.status()).isEqualTo(422);
        assertThat(second.errorCode()).isEqualTo("controlFlowCompleted");
        assertThat(second.errorLocation()).isEqualTo("controlFlowId");
        assertThat(json(OLIVIA, EMAILS).path("emails").size()).isEqualTo(3);
        assertThat(body(OLIVIA, EMAILS)).isEqualTo(afterFirst);
    }

    @Test
    void asksForStepUpWhenNoPasswordWasValidatedYet() {
        String before = body(OLIVIA, EMAILS);
        String controlFlowId = requestStepUp(OLIVIA, EMAILS, OLIVIA_CHANGES_PREFERRED_EMAIL);

        ApiResponse beforeSending = confirm(OLIVIA, EMAIL_CONFIRMATION, controlFlowId);
        sendOtp(OLIVIA, controlFlowId, "SMS");
        ApiResponse afterSending = confirm(OLIVIA, EMAIL_CONFIRMATION, controlFlowId);

        for (ApiResponse response : new ApiResponse[] {beforeSending, afterSending}) {
            assertThat(response.status()).isEqualTo(403);
            assertThat(response.errorCode()).isEqualTo("stepUpRequired");
            assertThat(response.json().path("moreInfo").path("controlFlowId").asString()).isEqualTo(controlFlowId);
        }
        assertThat(body(OLIVIA, EMAILS)).isEqualTo(before);
    }

    @Test
    void rejectsAFlowThatExpiredAfterValidation() {
        String before = body(OLIVIA, EMAILS);
        String controlFlowId = validatedStepUp(OLIVIA, EMAILS, OLIVIA_CHANGES_PREFERRED_EMAIL);
        clock.advance(Duration.ofMinutes(16));

        ApiResponse response = confirm(OLIVIA, EMAIL_CONFIRMATION, controlFlowId);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorCode()).isEqualTo("controlFlowExpired");
        assertThat(response.errorLocation()).isEqualTo("controlFlowId");
        assertThat(body(OLIVIA, EMAILS)).isEqualTo(before);
    }

    @Test
    void confirmsAValidatedFlowJustBeforeItExpires() {
        String controlFlowId = validatedStepUp(OLIVIA, EMAILS, OLIVIA_CHANGES_PREFERRED_EMAIL);
        clock.advance(Duration.ofMinutes(14));

        assertThat(confirm(OLIVIA, EMAIL_CONFIRMATION, controlFlowId).status()).isEqualTo(200);
    }

    @Test
    void rejectsAnUnknownControlFlow() {
        ApiResponse response = confirm(OLIVIA, PHONE_CONFIRMATION, UNKNOWN_FLOW);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.errorCode()).isEqualTo("resourceNotFound");
        assertThat(response.errorLocation()).isEqualTo("controlFlowId");
    }

    @Test
    void confirmsAFlowOnlyAtTheEndpointOfItsKind() {
        String emailsBefore = body(OLIVIA, EMAILS);
        String phonesBefore = body(OLIVIA, PHONES);
        String controlFlowId = validatedStepUp(OLIVIA, EMAILS, OLIVIA_CHANGES_PREFERRED_EMAIL);

        ApiResponse atPhones = confirm(OLIVIA, PHONE_CONFIRMATION, controlFlowId);

        assertThat(atPhones.status()).isEqualTo(404);
        assertThat(atPhones.errorLocation()).isEqualTo("controlFlowId");
        assertThat(body(OLIVIA, EMAILS)).isEqualTo(emailsBefore);
        assertThat(body(OLIVIA, PHONES)).isEqualTo(phonesBefore);
        assertThat(confirm(OLIVIA, EMAIL_CONFIRMATION, controlFlowId).status()).isEqualTo(200);
    }

    @Test
    void appliesThePendingChangeToTheEmailsAsTheyAreAtConfirmation() {
        // given: a new address is held, then the preferred flag moves at once to 2002
        String controlFlowId = validatedStepUp(OLIVIA, EMAILS, OLIVIA_ADDS_WORK_EMAIL);
        put(OLIVIA, EMAILS, """
                {"emails":[{"emailKey":2002,"emailAddress":"o.bennett@example.net","preferredEmailFlag":true}]}
                """).send();

        // when
        ApiResponse confirmed = confirm(OLIVIA, EMAIL_CONFIRMATION, controlFlowId);

        // then: the preferred move survives and the new address is added
        var emails = confirmed.json().path("emails");
        assertThat(emails.size()).isEqualTo(3);
        assertThat(emails.path(0).path("preferredEmailFlag").asBoolean()).isFalse();
        assertThat(emails.path(1).path("preferredEmailFlag").asBoolean()).isTrue();
        assertThat(emails.path(2).path("emailAddress").asString()).isEqualTo("olivia.work@example.com");
    }

    @Test
    void rejectsAPendingChangeThatNoLongerLeavesOneAddressPreferred() {
        // given: 2002 gets a new value and stays not preferred; meanwhile 2002 is made preferred at once
        String controlFlowId = validatedStepUp(OLIVIA, EMAILS, """
                {"emails":[{"emailKey":2002,"emailAddress":"o.bennett@example.org","preferredEmailFlag":false}]}
                """);
        put(OLIVIA, EMAILS, """
                {"emails":[{"emailKey":2002,"emailAddress":"o.bennett@example.net","preferredEmailFlag":true}]}
                """).send();
        String before = body(OLIVIA, EMAILS);

        // when
        ApiResponse response = confirm(OLIVIA, EMAIL_CONFIRMATION, controlFlowId);

        // then: no address would be preferred, so nothing changes and the flow stays confirmable
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorCode()).isEqualTo("businessValidationsFailed");
        assertThat(response.errorLocation()).isEqualTo("emails");
        assertThat(body(OLIVIA, EMAILS)).isEqualTo(before);
        assertThat(confirm(OLIVIA, EMAIL_CONFIRMATION, controlFlowId).errorCode()).isEqualTo("businessValidationsFailed");
    }
}
