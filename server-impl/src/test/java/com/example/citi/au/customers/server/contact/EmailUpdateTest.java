package com.example.citi.au.customers.server.contact;

import static com.example.citi.au.customers.server.support.SandboxCaller.LIAM;
import static com.example.citi.au.customers.server.support.SandboxCaller.OLIVIA;
import static com.example.citi.au.customers.server.support.SandboxCaller.OLIVIA_READ_ONLY;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.server.support.ApiResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class EmailUpdateTest extends StepUpJourneyTest {

    @Test
    void readsTheCustomersEmails() {
        JsonNode emails = json(OLIVIA, EMAILS).path("emails");

        assertThat(emails.size()).isEqualTo(2);
        assertEmail(emails.path(0), 2001, "olivia.bennett@example.com", true);
        assertThat(emails.path(0).path("emailType").asString()).isEqualTo("PERSONAL");
        assertEmail(emails.path(1), 2002, "o.bennett@example.net", false);
    }

    @Test
    void changesAnAddressThroughTheWholeStepUpJourney() {
        // given: the change is held behind a step-up
        String controlFlowId = requestStepUp(OLIVIA, EMAILS, OLIVIA_CHANGES_PREFERRED_EMAIL);
        assertThat(controlFlowId).matches("^[0-9a-f]{32}$");
        assertEmail(json(OLIVIA, EMAILS).path("emails").path(0), 2001, "olivia.bennett@example.com", true);

        // when: the customer gets the password, validates it and confirms
        ApiResponse sent = sendOtp(OLIVIA, controlFlowId, "SMS");
        String otp = latestOtp(OLIVIA, controlFlowId);
        ApiResponse validated = validateOtp(OLIVIA, controlFlowId, otp);
        ApiResponse confirmed = confirm(OLIVIA, EMAIL_CONFIRMATION, controlFlowId);

        // then
        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.json().path("controlFlowId").asString()).isEqualTo(controlFlowId);
        assertThat(sent.json().path("maskedPhoneNumber").asString()).isEqualTo("+61 *****5678");
        assertThat(sent.json().path("otpExpiryDateTime").asString()).isEqualTo("2026-11-28T10:05:00Z");
        assertThat(validated.status()).isEqualTo(200);
        assertThat(validated.json().path("otpValidationStatus").asString()).isEqualTo("VALIDATED");
        assertThat(confirmed.status()).isEqualTo(200);
        assertEmail(confirmed.json().path("emails").path(0), 2001, "olivia.bennett@example.org", true);
        assertThat(confirmed.json().path("emails").path(0).path("emailType").asString()).isEqualTo("PERSONAL");
        assertThat(body(OLIVIA, EMAILS)).isEqualTo(confirmed.body());
    }

    @Test
    void addsAnAddressUnderANewKeyOnceConfirmed() {
        String controlFlowId = validatedStepUp(OLIVIA, EMAILS, OLIVIA_ADDS_WORK_EMAIL);

        ApiResponse confirmed = confirm(OLIVIA, EMAIL_CONFIRMATION, controlFlowId);

        JsonNode emails = confirmed.json().path("emails");
        assertThat(emails.size()).isEqualTo(3);
        assertEmail(emails.path(0), 2001, "olivia.bennett@example.com", true);
        assertEmail(emails.path(1), 2002, "o.bennett@example.net", false);
        assertThat(emails.path(2).path("emailKey").asLong()).isGreaterThanOrEqualTo(100000);
        assertThat(emails.path(2).path("emailAddress").asString()).isEqualTo("olivia.work@example.com");
        assertThat(emails.path(2).path("emailType").asString()).isEqualTo("BUSINESS");
        assertThat(emails.path(2).path("preferredEmailFlag").asBoolean()).isFalse();
    }

    @Test
    void movesThePreferredFlagAtOnceWithoutStepUp() {
        ApiResponse response = put(OLIVIA, EMAILS, """
                {"emails":[{"emailKey":2002,"emailAddress":"o.bennett@example.net","preferredEmailFlag":true}]}
                """).send();

        assertThat(response.status()).isEqualTo(200);
        assertEmail(response.json().path("emails").path(0), 2001, "olivia.bennett@example.com", false);
        assertEmail(response.json().path("emails").path(1), 2002, "o.bennett@example.net", true);
        assertThat(response.json().path("emails").path(1).path("emailType").asString()).isEqualTo("PERSONAL");
        assertThat(body(OLIVIA, EMAILS)).isEqualTo(response.body());
    }

    @Test
    void asksForStepUpWhenOnlyTheTypeOfAnAddressChanges() {
        String before = body(OLIVIA, EMAILS);

        ApiResponse response = put(OLIVIA, EMAILS, """
                {"emails":[{"emailKey":2002,"emailAddress":"o.bennett@example.net","preferredEmailFlag":false,
                            "emailType":"BUSINESS"}]}
                """).send();

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.errorCode()).isEqualTo("stepUpRequired");
        assertThat(body(OLIVIA, EMAILS)).isEqualTo(before);
    }

    @Test
    void sendsThePasswordByEmailToThePreferredAddressRegisteredBeforeTheChange() {
        String controlFlowId = requestStepUp(OLIVIA, EMAILS, OLIVIA_CHANGES_PREFERRED_EMAIL);

        ApiResponse sent = sendOtp(OLIVIA, controlFlowId, "EMAIL");

        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.json().path("otpDeliveryOption").asString()).isEqualTo("EMAIL");
        assertThat(sent.json().path("maskedEmailAddress").asString()).isEqualTo("o***@example.com");
        assertThat(sent.json().has("maskedPhoneNumber")).isFalse();
    }

    @Test
    void rejectsTheKeyOfAnotherCustomersAddressAsNotFound() {
        String oliviaBefore = body(OLIVIA, EMAILS);
        String liamBefore = body(LIAM, EMAILS);

        ApiResponse response = put(OLIVIA, EMAILS, """
                {"emails":[{"emailKey":2101,"emailAddress":"taken.over@example.com","preferredEmailFlag":false}]}
                """).send();

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.errorCode()).isEqualTo("resourceNotFound");
        assertThat(response.errorLocation()).isEqualTo("emails[0].emailKey");
        assertThat(body(OLIVIA, EMAILS)).isEqualTo(oliviaBefore);
        assertThat(body(LIAM, EMAILS)).isEqualTo(liamBefore);
    }

    @Test
    void namesTheItemWhoseKeyIsUnknown() {
        ApiResponse response = put(OLIVIA, EMAILS, """
                {"emails":[{"emailKey":2002,"emailAddress":"o.bennett@example.net","preferredEmailFlag":true},
                           {"emailKey":9999,"emailAddress":"nobody@example.com","preferredEmailFlag":false}]}
                """).send();

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.errorLocation()).isEqualTo("emails[1].emailKey");
    }

    @Test
    void rejectsTheSameKeyTwiceInOneRequest() {
        String before = body(OLIVIA, EMAILS);

        ApiResponse response = put(OLIVIA, EMAILS, """
                {"emails":[{"emailKey":2002,"emailAddress":"o.bennett@example.net","preferredEmailFlag":true},
                           {"emailKey":2002,"emailAddress":"o.bennett@example.net","preferredEmailFlag":false}]}
                """).send();

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorCode()).isEqualTo("businessValidationsFailed");
        assertThat(response.errorLocation()).isEqualTo("emails[1].emailKey");
        assertThat(body(OLIVIA, EMAILS)).isEqualTo(before);
    }

    @Test
    void rejectsAChangeThatLeavesNoAddressPreferred() {
        String before = body(OLIVIA, EMAILS);

        ApiResponse response = put(OLIVIA, EMAILS, """
                {"emails":[{"emailKey":2001,"emailAddress":"olivia.bennett@example.com","preferredEmailFlag":false}]}
                """).send();

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorCode()).isEqualTo("businessValidationsFailed");
        assertThat(response.errorLocation()).isEqualTo("emails");
        assertThat(body(OLIVIA, EMAILS)).isEqualTo(before);
    }

    @Test
    void rejectsAChangeThatMakesTwoAddressesPreferred() {
        String before = body(OLIVIA, EMAILS);

        ApiResponse response = put(OLIVIA, EMAILS, """
                {"emails":[{"emailKey":2001,"emailAddress":"olivia.bennett@example.com","preferredEmailFlag":true},
                           {"emailAddress":"olivia.new@example.com","preferredEmailFlag":true}]}
                """).send();

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorLocation()).isEqualTo("emails");
        assertThat(body(OLIVIA, EMAILS)).isEqualTo(before);
    }

    @Test
    void rejectsAMalformedAddressAsInvalidRequest() {
        ApiResponse response = put(OLIVIA, EMAILS, """
                {"emails":[{"emailAddress":"not an address","preferredEmailFlag":false}]}
                """).send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("invalidRequest");
        assertThat(response.errorLocation()).isEqualTo("emails[0].emailAddress");
    }

    @Test
    void refusesAnUpdateToATokenWithoutTheUpdateScope() {
        ApiResponse response = put(OLIVIA_READ_ONLY, EMAILS, OLIVIA_ADDS_WORK_EMAIL).send();

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.errorCode()).isEqualTo("accessNotConfigured");
    }

    private static void assertEmail(JsonNode email, long key, String address, boolean preferred) {
        assertThat(email.path("emailKey").asLong()).isEqualTo(key);
        assertThat(email.path("emailAddress").asString()).isEqualTo(address);
        assertThat(email.path("preferredEmailFlag").asBoolean()).isEqualTo(preferred);
    }
}
