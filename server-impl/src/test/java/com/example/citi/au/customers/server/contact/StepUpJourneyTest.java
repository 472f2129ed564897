package com.example.citi.au.customers.server.contact;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.server.support.ApiIntegrationTest;
import com.example.citi.au.customers.server.support.ApiResponse;
import com.example.citi.au.customers.server.support.SandboxCaller;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** The steps of the step-up journey, for the tests of the contact feature. */
abstract class StepUpJourneyTest extends ApiIntegrationTest {

    static final String EMAILS = "/v1/customers/profiles/emails";
    static final String EMAIL_CONFIRMATION = EMAILS + "/confirmation";
    static final String PHONES = "/v1/customers/profiles/phoneNumbers";
    static final String PHONE_CONFIRMATION = PHONES + "/confirmation";
    static final String OTP = "/v1/mfa/otp";
    static final String OUTBOX = "/sandbox/v1/otpOutbox";
    static final String UNKNOWN_FLOW = "0123456789abcdef0123456789abcdef";

    /** Olivia changes the value of her preferred address 2001: needs step-up. */
    static final String OLIVIA_CHANGES_PREFERRED_EMAIL = """
            {"emails":[{"emailKey":2001,"emailAddress":"olivia.bennett@example.org","preferredEmailFlag":true}]}
            """;
    /** Olivia adds a business address, not preferred: needs step-up. */
    static final String OLIVIA_ADDS_WORK_EMAIL = """
            {"emails":[{"emailAddress":"olivia.work@example.com","preferredEmailFlag":false,"emailType":"BUSINESS"}]}
            """;
    /** Olivia changes the digits of her preferred mobile 3001: needs step-up. */
    static final String OLIVIA_CHANGES_MOBILE = """
            {"phones":[{"phoneKey":3001,"phoneType":"MOBILE","phoneCountryCode":"61","phoneNumber":"498765432",
                        "preferredPhoneFlag":true}]}
            """;

    private static final Pattern OTP_IN_MESSAGE = Pattern.compile("one-time password is (\\d{6})\\.");

    /** Sends the update and returns the control flow of the 403 that holds it. */
    String requestStepUp(SandboxCaller caller, String path, String json) {
        ApiResponse response = put(caller, path, json).send();
        assertThat(response.status()).as(response.body()).isEqualTo(403);
        assertThat(response.errorCode()).isEqualTo("stepUpRequired");
        return response.json().path("moreInfo").path("controlFlowId").asString();
    }

    ApiResponse sendOtp(SandboxCaller caller, String controlFlowId, String deliveryOption) {
        return post(caller, OTP, """
                {"controlFlowId":"%s","otpDeliveryOption":"%s"}""".formatted(controlFlowId, deliveryOption)).send();
    }

    /** Sends a password by SMS and reads it from the sandbox outbox. */
    String sendAndReadOtp(SandboxCaller caller, String controlFlowId) {
        assertThat(sendOtp(caller, controlFlowId, "SMS").status()).isEqualTo(200);
        return latestOtp(caller, controlFlowId);
    }

    String latestOtp(SandboxCaller caller, String controlFlowId) {
        ApiResponse outbox = get(caller, OUTBOX).query("controlFlowId=" + controlFlowId).send();
        Matcher otp = OTP_IN_MESSAGE.matcher(outbox.json().path("messages").path(0).path("messageText").asString());
        assertThat(otp.find()).as("a one-time password in the outbox: " + outbox.body()).isTrue();
        return otp.group(1);
    }

    ApiResponse validateOtp(SandboxCaller caller, String controlFlowId, String otp) {
        return put(caller, OTP, """
                {"controlFlowId":"%s","otpToken":"%s"}""".formatted(controlFlowId, otp)).send();
    }

    ApiResponse confirm(SandboxCaller caller, String confirmationPath, String controlFlowId) {
        return post(caller, confirmationPath, """
                {"controlFlowId":"%s"}""".formatted(controlFlowId)).send();
    }

    /** Holds the update and validates its password: the flow is ready to be confirmed. */
    String validatedStepUp(SandboxCaller caller, String path, String json) {
        String controlFlowId = requestStepUp(caller, path, json);
        assertThat(validateOtp(caller, controlFlowId, sendAndReadOtp(caller, controlFlowId)).status()).isEqualTo(200);
        return controlFlowId;
    }

    /** A password that is certainly not the given one. */
    static String wrong(String otp) {
        return String.format("%06d", (Integer.parseInt(otp) + 1) % 1_000_000);
    }

    String body(SandboxCaller caller, String path) {
        ApiResponse response = get(caller, path).send();
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    JsonNode json(SandboxCaller caller, String path) {
        ApiResponse response = get(caller, path).send();
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }
}
