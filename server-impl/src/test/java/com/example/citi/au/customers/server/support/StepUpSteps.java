package com.example.citi.au.customers.server.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The request bodies of the step-up journey's steps, and what a test reads from their answers. */
public final class StepUpSteps {

    private static final Pattern OTP_IN_MESSAGE = Pattern.compile("one-time password is (\\d{6})\\.");

    private StepUpSteps() {
    }

    /** The control flow of a change's 403 stepUpRequired answer. */
    public static String controlFlowOf(ApiResponse stepUpRequired) {
        assertThat(stepUpRequired.errorCode()).as(stepUpRequired.body()).isEqualTo("stepUpRequired");
        return stepUpRequired.json().path("moreInfo").path("controlFlowId").asString();
    }

    public static String smsRequest(String controlFlowId) {
        return """
                {"controlFlowId":"%s","otpDeliveryOption":"SMS"}""".formatted(controlFlowId);
    }

    /** The one-time password of the newest message of an outbox read. */
    public static String passwordIn(ApiResponse outbox) {
        String text = outbox.json().path("messages").path(0).path("messageText").asString();
        Matcher otp = OTP_IN_MESSAGE.matcher(text);
        assertThat(otp.find()).as("a one-time password in " + outbox.body()).isTrue();
        return otp.group(1);
    }

    public static String validation(String controlFlowId, String otp) {
        return """
                {"controlFlowId":"%s","otpToken":"%s"}""".formatted(controlFlowId, otp);
    }

    public static String confirmation(String controlFlowId) {
        return """
                {"controlFlowId":"%s"}""".formatted(controlFlowId);
    }
}
