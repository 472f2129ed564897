package com.example.citi.au.customers.server.contact;

import static com.example.citi.au.customers.server.support.SandboxCaller.LIAM;
import static com.example.citi.au.customers.server.support.SandboxCaller.OLIVIA;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.server.support.ApiResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PhoneUpdateTest extends StepUpJourneyTest {

    @Test
    void readsTheCustomersPhoneNumbers() {
        JsonNode phones = json(LIAM, PHONES).path("phones");

        assertThat(phones.size()).isEqualTo(3);
        assertPhone(phones.path(0), 3101, "MOBILE", "423456789", false);
        assertPhone(phones.path(1), 3102, "MOBILE", "434567890", true);
        assertPhone(phones.path(2), 3103, "WORK", "96543210", false);
        assertThat(phones.path(2).path("areaCode").asString()).isEqualTo("3");
        assertThat(phones.path(2).path("extension").asString()).isEqualTo("204");
    }

    @Test
    void changesTheMobileNumberThroughTheWholeStepUpJourney() {
        // given: the change is held behind a step-up
        String controlFlowId = requestStepUp(OLIVIA, PHONES, OLIVIA_CHANGES_MOBILE);
        assertPhone(json(OLIVIA, PHONES).path("phones").path(0), 3001, "MOBILE", "412345678", true);

        // when: the password goes to the number registered before the change
        ApiResponse sent = sendOtp(OLIVIA, controlFlowId, "SMS");
        ApiResponse validated = validateOtp(OLIVIA, controlFlowId, latestOtp(OLIVIA, controlFlowId));
        ApiResponse confirmed = confirm(OLIVIA, PHONE_CONFIRMATION, controlFlowId);

        // then
        assertThat(sent.json().path("maskedPhoneNumber").asString()).isEqualTo("+61 *****5678");
        assertThat(validated.status()).isEqualTo(200);
        assertThat(confirmed.status()).isEqualTo(200);
        JsonNode phones = confirmed.json().path("phones");
        assertPhone(phones.path(0), 3001, "MOBILE", "498765432", true);
        assertPhone(phones.path(1), 3002, "HOME", "91234567", false);
        assertThat(body(OLIVIA, PHONES)).isEqualTo(confirmed.body());
    }

    @Test
    void sendsLaterPasswordsToTheConfirmedNewNumber() {
        confirm(OLIVIA, PHONE_CONFIRMATION, validatedStepUp(OLIVIA, PHONES, OLIVIA_CHANGES_MOBILE));
        String nextFlow = requestStepUp(OLIVIA, EMAILS, OLIVIA_ADDS_WORK_EMAIL);

        ApiResponse sent = sendOtp(OLIVIA, nextFlow, "SMS");

        assertThat(sent.json().path("maskedPhoneNumber").asString()).isEqualTo("+61 *****5432");
    }

    @Test
    void addsALandlineUnderANewKeyOnceConfirmed() {
        String controlFlowId = validatedStepUp(OLIVIA, PHONES, """
                {"phones":[{"phoneType":"HOME","phoneCountryCode":"61","areaCode":"2","phoneNumber":"87654321",
                            "extension":"12","preferredPhoneFlag":false}]}
                """);

        ApiResponse confirmed = confirm(OLIVIA, PHONE_CONFIRMATION, controlFlowId);

        JsonNode phones = confirmed.json().path("phones");
        assertThat(phones.size()).isEqualTo(3);
        assertPhone(phones.path(0), 3001, "MOBILE", "412345678", true);
        assertThat(phones.path(2).path("phoneKey").asLong()).isGreaterThanOrEqualTo(100000);
        assertThat(phones.path(2).path("phoneType").asString()).isEqualTo("HOME");
        assertThat(phones.path(2).path("areaCode").asString()).isEqualTo("2");
        assertThat(phones.path(2).path("phoneNumber").asString()).isEqualTo("87654321");
        assertThat(phones.path(2).path("extension").asString()).isEqualTo("12");
        assertThat(phones.path(2).path("preferredPhoneFlag").asBoolean()).isFalse();
    }

    @Test
    void movesThePreferredFlagBetweenMobilesAtOnceWithoutStepUp() {
        ApiResponse response = put(LIAM, PHONES, """
                {"phones":[{"phoneKey":3101,"phoneType":"MOBILE","phoneCountryCode":"61","phoneNumber":"423456789",
                            "preferredPhoneFlag":true}]}
                """).send();

        assertThat(response.status()).isEqualTo(200);
        JsonNode phones = response.json().path("phones");
        assertPhone(phones.path(0), 3101, "MOBILE", "423456789", true);
        assertPhone(phones.path(1), 3102, "MOBILE", "434567890", false);
        assertPhone(phones.path(2), 3103, "WORK", "96543210", false);
        assertThat(body(LIAM, PHONES)).isEqualTo(response.body());
    }

    @Test
    void asksForStepUpWhenOnlyTheTypeOfANumberChanges() {
        String before = body(OLIVIA, PHONES);

        ApiResponse response = put(OLIVIA, PHONES, """
                {"phones":[{"phoneKey":3002,"phoneType":"WORK","phoneCountryCode":"61","areaCode":"2",
                            "phoneNumber":"91234567","preferredPhoneFlag":false}]}
                """).send();

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.errorCode()).isEqualTo("stepUpRequired");
        assertThat(body(OLIVIA, PHONES)).isEqualTo(before);
    }

    @Test
    void rejectsALandlineAsThePreferredNumber() {
        String before = body(OLIVIA, PHONES);

        ApiResponse response = put(OLIVIA, PHONES, """
                {"phones":[{"phoneKey":3002,"phoneType":"HOME","phoneCountryCode":"61","areaCode":"2",
                            "phoneNumber":"91234567","preferredPhoneFlag":true}]}
                """).send();

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorCode()).isEqualTo("businessValidationsFailed");
        assertThat(response.errorLocation()).isEqualTo("phones");
        assertThat(body(OLIVIA, PHONES)).isEqualTo(before);
    }

    @Test
    void rejectsAChangeThatLeavesNoNumberPreferred() {
        String before = body(OLIVIA, PHONES);

        ApiResponse response = put(OLIVIA, PHONES, """
                {"phones":[{"phoneKey":3001,"phoneType":"MOBILE","phoneCountryCode":"61","phoneNumber":"412345678",
                            "preferredPhoneFlag":false}]}
                """).send();

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorLocation()).isEqualTo("phones");
        assertThat(body(OLIVIA, PHONES)).isEqualTo(before);
    }

    @Test
    void rejectsAChangeThatMakesTwoNumbersPreferred() {
        String before = body(OLIVIA, PHONES);

        ApiResponse response = put(OLIVIA, PHONES, """
                {"phones":[{"phoneKey":3001,"phoneType":"MOBILE","phoneCountryCode":"61","phoneNumber":"412345678",
                            "preferredPhoneFlag":true},
                           {"phoneType":"MOBILE","phoneCountryCode":"61","phoneNumber":"400111222",
                            "preferredPhoneFlag":true}]}
                """).send();

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorLocation()).isEqualTo("phones");
        assertThat(body(OLIVIA, PHONES)).isEqualTo(before);
    }

    @Test
    void rejectsTheKeyOfAnotherCustomersNumberAsNotFound() {
        String oliviaBefore = body(OLIVIA, PHONES);
        String liamBefore = body(LIAM, PHONES);

        ApiResponse response = put(OLIVIA, PHONES, """
                {"phones":[{"phoneKey":3101,"phoneType":"MOBILE","phoneCountryCode":"61","phoneNumber":"400111222",
                            "preferredPhoneFlag":false}]}
                """).send();

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.errorCode()).isEqualTo("resourceNotFound");
        assertThat(response.errorLocation()).isEqualTo("phones[0].phoneKey");
        assertThat(body(OLIVIA, PHONES)).isEqualTo(oliviaBefore);
        assertThat(body(LIAM, PHONES)).isEqualTo(liamBefore);
    }

    @Test
    void rejectsTheSameKeyTwiceInOneRequest() {
        String before = body(OLIVIA, PHONES);

        ApiResponse response = put(OLIVIA, PHONES, """
                {"phones":[{"phoneKey":3001,"phoneType":"MOBILE","phoneCountryCode":"61","phoneNumber":"412345678",
                            "preferredPhoneFlag":true},
                           {"phoneKey":3001,"phoneType":"MOBILE","phoneCountryCode":"61","phoneNumber":"498765432",
                            "preferredPhoneFlag":true}]}
                """).send();

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorCode()).isEqualTo("businessValidationsFailed");
        assertThat(response.errorLocation()).isEqualTo("phones[1].phoneKey");
        assertThat(body(OLIVIA, PHONES)).isEqualTo(before);
    }

    @Test
    void rejectsAMalformedNumberAsInvalidRequest() {
        ApiResponse response = put(OLIVIA, PHONES, """
                {"phones":[{"phoneType":"MOBILE","phoneCountryCode":"61","phoneNumber":"04-1234",
                            "preferredPhoneFlag":false}]}
                """).send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorLocation()).isEqualTo("phones[0].phoneNumber");
    }

    private static void assertPhone(JsonNode phone, long key, String type, String number, boolean preferred) {
        assertThat(phone.path("phoneKey").asLong()).isEqualTo(key);
        assertThat(phone.path("phoneType").asString()).isEqualTo(type);
        assertThat(phone.path("phoneCountryCode").asString()).isEqualTo("61");
        assertThat(phone.path("phoneNumber").asString()).isEqualTo(number);
        assertThat(phone.path("preferredPhoneFlag").asBoolean()).isEqualTo(preferred);
    }
}
