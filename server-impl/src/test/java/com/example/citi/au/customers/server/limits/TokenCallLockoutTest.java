package com.example.citi.au.customers.server.limits;

import static com.example.citi.au.customers.server.limits.SensitiveFlowLimitsTest.assertRateLimited;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.server.support.ApiIntegrationTest;
import com.example.citi.au.customers.server.support.ApiResponse;
import com.example.citi.au.customers.server.support.SandboxClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** The token call's lockout after failed client authentications, its growth driven by the test clock. */
@TestPropertySource(properties = "customers.limits.client-authentication.max-lockout=4m")
class TokenCallLockoutTest extends ApiIntegrationTest {

    private static final String CLIENT_LOCKED_OUT =
            "Too many failed client authentications for this client_id; it is locked out for a while";
    private static final String ADDRESS_LOCKED_OUT =
            "Too many failed client authentications from this address; it is locked out for a while";

    @Autowired
    private JdbcClient jdbc;

    @Test
    void refusesTheRightSecretAfterFiveWrongOnes() {
        // given
        failTimes("sandbox-app", 5);

        // when
        ApiResponse right = tokenCall(SandboxClient.APP.basicCredentials(), "sandbox-app");

        // then
        assertRateLimited(right, CLIENT_LOCKED_OUT, 60);
    }

    @Test
    void answersARightAndAWrongSecretAlikeDuringTheLockout() {
        // given
        failTimes("sandbox-app", 5);

        // when
        ApiResponse right = tokenCall(SandboxClient.APP.basicCredentials(), "sandbox-app");
        ApiResponse wrong = tokenCall(SandboxClient.basic("sandbox-app", "guess"), "sandbox-app");

        // then: nothing but the uuid echoed tells them apart
        assertThat(wrong.status()).isEqualTo(right.status());
        assertThat(wrong.body()).isEqualTo(right.body());
        assertThat(wrong.header("Retry-After")).isEqualTo(right.header("Retry-After"));
    }

    @Test
    void letsTheClientInWhenTheLockoutEnds() {
        // given
        failTimes("sandbox-app", 5);
        clock.advance(Duration.ofSeconds(59));
        assertRateLimited(tokenCall(SandboxClient.APP.basicCredentials(), "sandbox-app"), CLIENT_LOCKED_OUT, 1);

        // when
        clock.advance(Duration.ofSeconds(1));
        ApiResponse right = tokenCall(SandboxClient.APP.basicCredentials(), "sandbox-app");

        // then
        assertThat(right.status()).as(right.body()).isEqualTo(200);
    }

    @Test
    void doublesTheLockoutEachTimeUpToItsCap() {
        for (long expected : new long[] {60, 120, 240, 240}) {
            // given
            failTimes("sandbox-app", 5);

            // when
            ApiResponse refused = tokenCall(SandboxClient.APP.basicCredentials(), "sandbox-app");

            // then
            assertRateLimited(refused, CLIENT_LOCKED_OUT, expected);
            clock.advance(Duration.ofSeconds(expected));
        }
    }

    @Test
    void locksOutAnAddressThatTriesManyClientIds() {
        // given: one failure each for five client_ids that do not exist
        for (int i = 1; i <= 5; i++) {
            assertThat(tokenCall(SandboxClient.basic("guessed-client-" + i, "guess"), "guessed-client-" + i).status())
                    .isEqualTo(401);
        }

        // when: a client with no failure of its own, from the same address
        ApiResponse right = tokenCall(SandboxClient.PARTNER.basicCredentials(), "sandbox-partner");

        // then
        assertRateLimited(right, ADDRESS_LOCKED_OUT, 60);
    }

    @Test
    void startsTheClientsCountAgainOnItsRightSecret() {
        // given
        failTimes("sandbox-app", 4);

        // when
        ApiResponse right = tokenCall(SandboxClient.APP.basicCredentials(), "sandbox-app");

        // then: the client's count is gone; the address keeps its four
        assertThat(right.status()).isEqualTo(200);
        assertThat(failures("CLIENT", "sandbox-app")).isZero();
        assertThat(failures("ADDRESS", "127.0.0.1")).isEqualTo(4);
    }

    @Test
    void countsNoFailureForARefusedAccessToken() {
        // when
        ApiResponse refused = withAuthorization("Bearer not.a.token", "sandbox-app", "GET", "/v1/customers/profiles").send();

        // then: only the token call's client authentications count
        assertThat(refused.status()).isEqualTo(401);
        assertThat(jdbc.sql("select count(*) from client_authentication_failure").query(Integer.class).single()).isZero();
    }

    private void failTimes(String clientId, int times) {
        for (int i = 0; i < times; i++) {
            ApiResponse wrong = tokenCall(SandboxClient.basic(clientId, "wrong-secret-" + i), clientId);
            assertThat(wrong.status()).as(wrong.body()).isEqualTo(401);
        }
    }

    private ApiResponse tokenCall(String authorization, String clientId) {
        return withAuthorization(authorization, clientId, "POST", "/sandbox/v1/oauth2/token")
                .form("grant_type=client_credentials&customer=1")
                .send();
    }

    private int failures(String kind, String subject) {
        return jdbc.sql("select failures from client_authentication_failure where subject_kind = :kind and subject = :subject")
                .param("kind", kind)
                .param("subject", subject)
                .query(Integer.class)
                .optional()
                .orElse(0);
    }
}
