package com.example.citi.au.customers.server.limits;

import static com.example.citi.au.customers.server.limits.SensitiveFlowLimitsTest.assertRateLimited;
import static com.example.citi.au.customers.server.support.SandboxCaller.CHARLOTTE;
import static com.example.citi.au.customers.server.support.SandboxCaller.OLIVIA;
import static com.example.citi.au.customers.server.support.SandboxCaller.PARTNER_FOR_CHARLOTTE;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.server.support.ApiIntegrationTest;
import com.example.citi.au.customers.server.support.ApiResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** Calls per client per second: a burst of 4, refilled at 2 a second by the test clock. */
@TestPropertySource(properties = {
        "customers.limits.client-calls.per-second=2",
        "customers.limits.client-calls.burst=4"})
class ClientCallRateTest extends ApiIntegrationTest {

    private static final String PROFILE = "/v1/customers/profiles";
    private static final String DETAILS = "At most 2 calls per second are served per client, in bursts of up to 4";

    @Autowired
    private ClientCallRate clientCallRate;

    @BeforeEach
    void fullBuckets() {
        OLIVIA.token();
        CHARLOTTE.token();
        PARTNER_FOR_CHARLOTTE.token();
        clientCallRate.forgetAll();
    }

    @Test
    void refusesTheCallAfterTheBurstUntilTheBucketRefills() {
        // given
        readTimes(4);

        // when
        ApiResponse refused = read();
        clock.advance(Duration.ofMillis(499));
        ApiResponse early = read();
        clock.advance(Duration.ofMillis(1));
        ApiResponse onTime = read();

        // then: one call comes back every half second, Retry-After rounds it up
        assertRateLimited(refused, DETAILS, 1);
        assertRateLimited(early, DETAILS, 1);
        assertThat(onTime.status()).isEqualTo(200);
    }

    @Test
    void countsEveryCustomerOfAClientTogether() {
        // given
        readTimes(4);

        // when
        ApiResponse charlotte = get(CHARLOTTE, PROFILE).send();

        // then
        assertThat(charlotte.status()).isEqualTo(429);
    }

    @Test
    void countsEachClientApart() {
        // given
        readTimes(4);

        // when
        ApiResponse partner = get(PARTNER_FOR_CHARLOTTE, "/partner/v1/customers/profiles").send();

        // then
        assertThat(partner.status()).as(partner.body()).isEqualTo(200);
    }

    private void readTimes(int times) {
        for (int i = 0; i < times; i++) {
            assertThat(read().status()).isEqualTo(200);
        }
    }

    private ApiResponse read() {
        return get(OLIVIA, PROFILE).send();
    }
}
