package com.example.citi.au.customers.server.limits;

import static com.example.citi.au.customers.server.support.SandboxCaller.OLIVIA;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.server.image.TestImages;
import com.example.citi.au.customers.server.support.ApiIntegrationTest;
import com.example.citi.au.customers.server.support.ApiResponse;
import com.example.citi.au.customers.server.support.StepUpSteps;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The limits of the sensitive flows, over real HTTP, with the test clock driving the refill:
 * one-time passwords per customer and per control flow, and image uploads per customer.
 */
@TestPropertySource(properties = {
        "customers.limits.otp-sends.per-customer-per-hour=4",
        "customers.limits.image-uploads.per-customer-per-hour=2"})
class SensitiveFlowLimitsTest extends ApiIntegrationTest {

    static final String EMAILS = "/v1/customers/profiles/emails";
    static final String OTP = "/v1/mfa/otp";
    static final String IMAGES = "/v1/customers/profile/images";
    static final String OLIVIA_CHANGES_PREFERRED_EMAIL = """
            {"emails":[{"emailKey":2001,"emailAddress":"olivia.bennett@example.org","preferredEmailFlag":true}]}
            """;

    @Autowired
    private MeterRegistry meters;

    @Test
    void refusesTheCustomersFifthPasswordOfTheHourWithTheWaitForTheNext() {
        // given: four passwords sent over two flows
        sendTimes(newFlow(), 3, 200);
        String second = newFlow();
        sendTimes(second, 1, 200);

        // when
        ApiResponse refused = send(second);

        // then: one password comes back every 15 minutes (4 an hour)
        assertRateLimited(refused, "At most 4 one-time passwords are sent per customer per hour", 900);
        assertThat(outboxSize(second)).isEqualTo(1);
    }

    @Test
    void sendsAgainOnceTheHourHasGivenOnePasswordBack() {
        // given
        sendTimes(newFlow(), 3, 200);
        sendTimes(newFlow(), 1, 200);

        // when: one second short of the refill, then at it
        clock.advance(Duration.ofSeconds(899));
        ApiResponse early = send(newFlow());
        clock.advance(Duration.ofSeconds(1));
        ApiResponse onTime = send(newFlow());

        // then
        assertRateLimited(early, "At most 4 one-time passwords are sent per customer per hour", 1);
        assertThat(onTime.status()).as(onTime.body()).isEqualTo(200);
    }

    @Test
    void refusesAFourthPasswordForOneFlowUntilTheFlowExpires() {
        // given
        String flow = newFlow();
        sendTimes(flow, 3, 200);
        clock.advance(Duration.ofMinutes(5));

        // when
        ApiResponse refused = send(flow);

        // then: the flow never gets another; it expires 15 minutes after it began
        assertRateLimited(refused,
                "At most 3 one-time passwords are sent per control flow; ask for the change again", 600);
    }

    @Test
    void chargesTheCustomerNothingForARefusedSend() {
        // given: a flow with its three passwords, refused a fourth twice, and a send for an unknown flow
        String used = newFlow();
        sendTimes(used, 3, 200);
        sendTimes(used, 2, 429);
        assertThat(send("0123456789abcdef0123456789abcdef").status()).isEqualTo(404);

        // when: the customer's fourth password of the hour
        ApiResponse fourth = send(newFlow());

        // then
        assertThat(fourth.status()).as(fourth.body()).isEqualTo(200);
    }

    @Test
    void tellsTheAllowanceNearestToExhaustionOnASentPassword() {
        // given
        String flow = newFlow();
        send(flow);
        clock.advance(Duration.ofMinutes(1));

        // when: then the flow allows 1 more, for 14 minutes, and the customer 2 more
        ApiResponse second = send(flow);

        // then
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.header("RateLimit-Limit")).isEqualTo("3");
        assertThat(second.header("RateLimit-Remaining")).isEqualTo("1");
        assertThat(second.header("RateLimit-Reset")).isEqualTo("840");
    }

    @Test
    void refusesTheCustomersThirdImageUploadOfTheHour() {
        // given
        ApiResponse first = put(OLIVIA, IMAGES, TestImages.updateRequest(TestImages.png(2, 2), "PNG")).send();
        ApiResponse invalid = put(OLIVIA, IMAGES, """
                {"imageData":"%s","imageFormat":"PNG"}""".formatted(Base64.getEncoder().encodeToString(new byte[64]))).send();

        // when
        ApiResponse third = put(OLIVIA, IMAGES, TestImages.updateRequest(TestImages.png(2, 2), "PNG")).send();

        // then: the invalid upload counted too; one upload comes back every 30 minutes
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("RateLimit-Limit")).isEqualTo("2");
        assertThat(first.header("RateLimit-Remaining")).isEqualTo("1");
        assertThat(first.header("RateLimit-Reset")).isEqualTo("1800");
        assertThat(invalid.status()).isEqualTo(400);
        assertRateLimited(third, "At most 2 profile images are uploaded per customer per hour", 1800);
    }

    @Test
    void countsEachRejectionUnderItsLimit() {
        // given
        double before = rejections("image-uploads-per-customer");
        put(OLIVIA, IMAGES, TestImages.updateRequest(TestImages.png(2, 2), "PNG")).send();
        put(OLIVIA, IMAGES, TestImages.updateRequest(TestImages.png(2, 2), "PNG")).send();

        // when
        put(OLIVIA, IMAGES, TestImages.updateRequest(TestImages.png(2, 2), "PNG")).send();
        put(OLIVIA, IMAGES, TestImages.updateRequest(TestImages.png(2, 2), "PNG")).send();

        // then
        assertThat(rejections("image-uploads-per-customer") - before).isEqualTo(2.0);
    }

    private double rejections(String limit) {
        return meters.get("customers.ratelimit.rejections").tag("limit", limit).counter().count();
    }

    static void assertRateLimited(ApiResponse response, String details, long retryAfterSeconds) {
        assertThat(response.status()).as(response.body()).isEqualTo(429);
        assertThat(response.json().path("type").asString()).isEqualTo("error");
        assertThat(response.errorCode()).isEqualTo("rateLimitExceeded");
        assertThat(response.json().path("details").asString()).isEqualTo(details);
        assertThat(response.header("Retry-After")).isEqualTo(Long.toString(retryAfterSeconds));
    }

    private String newFlow() {
        return StepUpSteps.controlFlowOf(put(OLIVIA, EMAILS, OLIVIA_CHANGES_PREFERRED_EMAIL).send());
    }

    private ApiResponse send(String controlFlowId) {
        return post(OLIVIA, OTP, StepUpSteps.smsRequest(controlFlowId)).send();
    }

    private void sendTimes(String controlFlowId, int times, int status) {
        for (int i = 0; i < times; i++) {
            assertThat(send(controlFlowId).status()).isEqualTo(status);
        }
    }

    private int outboxSize(String controlFlowId) {
        return get(OLIVIA, "/sandbox/v1/otpOutbox").query("controlFlowId=" + controlFlowId).send()
                .json().path("messages").size();
    }
}
