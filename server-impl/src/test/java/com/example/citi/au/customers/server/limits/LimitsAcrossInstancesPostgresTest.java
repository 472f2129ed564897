package com.example.citi.au.customers.server.limits;

import static com.example.citi.au.customers.server.limits.SensitiveFlowLimitsTest.assertRateLimited;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.server.CustomersApiApplication;
import com.example.citi.au.customers.server.image.TestImages;
import com.example.citi.au.customers.server.support.ApiRequest;
import com.example.citi.au.customers.server.support.ApiResponse;
import com.example.citi.au.customers.server.support.Concurrently;
import com.example.citi.au.customers.server.support.SandboxClient;
import com.example.citi.au.customers.server.support.StepUpSteps;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two server instances on one PostgreSQL schema, each on its own port, with the test profile (a
 * clock standing at the test start): a limit reached through one instance holds on the other.
 * Runs where CUSTOMERS_TEST_POSTGRES_URL names a database (.ci/run starts one).
 */
@EnabledIfEnvironmentVariable(named = "CUSTOMERS_TEST_POSTGRES_URL", matches = ".+")
class LimitsAcrossInstancesPostgresTest {

    private static final String SCHEMA = "limits_" + UUID.randomUUID().toString().replace("-", "");
    private static final String TOKEN_CALL = "/sandbox/v1/oauth2/token";

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;
    /** Tokens got before any test, since the lockout test locks this address out of the token call. */
    private static String oliviaOnFirst;
    private static String oliviaOnSecond;
    private static String liamOnFirst;
    private static String liamOnSecond;

    @BeforeAll
    static void startTwoInstances() {
        first = start();
        second = start();
        oliviaOnFirst = token(first, 1);
        oliviaOnSecond = token(second, 1);
        liamOnFirst = token(first, 2);
        liamOnSecond = token(second, 2);
    }

    @AfterAll
    static void stopAndDropTheSchema() throws SQLException {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
        try (Connection connection = DriverManager.getConnection(url(), user(), password());
             Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }

    @Test
    void refusesOnOneInstanceAnUploadOverTheLimitReachedThroughTheOther() {
        // given
        assertThat(upload(first, oliviaOnFirst).status()).isEqualTo(200);
        assertThat(upload(first, oliviaOnFirst).status()).isEqualTo(200);

        // when
        ApiResponse third = upload(second, oliviaOnSecond);

        // then
        assertRateLimited(third, "At most 2 profile images are uploaded per customer per hour", 1800);
    }

    @Test
    void sendsExactlyThePasswordsOfAFlowToConcurrentSendsThroughBothInstances() throws Exception {
        // given
        String flow = StepUpSteps.controlFlowOf(call(first, liamOnFirst, "PUT", "/v1/customers/profiles/emails").json("""
                {"emails":[{"emailAddress":"liam.limits@example.org","preferredEmailFlag":false}]}""").send());

        // when
        List<ApiResponse> answers = Concurrently.call(10, i -> i % 2 == 0
                ? call(first, liamOnFirst, "POST", "/v1/mfa/otp").json(StepUpSteps.smsRequest(flow)).send()
                : call(second, liamOnSecond, "POST", "/v1/mfa/otp").json(StepUpSteps.smsRequest(flow)).send());

        // then
        assertThat(answers).filteredOn(answer -> answer.status() == 200).hasSize(3);
        assertThat(answers).filteredOn(answer -> answer.status() != 200).hasSize(7).allSatisfy(answer ->
                assertRateLimited(answer, "At most 3 one-time passwords are sent per control flow; ask for the change again", 900));
    }

    @Test
    void refusesOnOneInstanceTheRightSecretOfAClientLockedOutThroughTheOther() {
        // given
        for (int i = 0; i < 5; i++) {
            assertThat(tokenCall(first, SandboxClient.basic("sandbox-app", "wrong-" + i), 1).status()).isEqualTo(401);
        }

        // when
        ApiResponse right = tokenCall(second, SandboxClient.APP.basicCredentials(), 1);

        // then
        assertRateLimited(right, "Too many failed client authentications for this client_id; it is locked out for a while", 60);
    }

    private static ConfigurableApplicationContext start() {
        String separator = url().contains("?") ? "&" : "?";
        return new SpringApplicationBuilder(CustomersApiApplication.class).run(
                "--spring.profiles.active=test",
                "--server.port=0",
                "--management.server.port=0",
                "--spring.datasource.url=" + url() + separator + "currentSchema=" + SCHEMA,
                "--spring.datasource.username=" + user(),
                "--spring.datasource.password=" + password(),
                "--spring.flyway.schemas=" + SCHEMA,
                "--customers.limits.image-uploads.per-customer-per-hour=2");
    }

    private static int port(ConfigurableApplicationContext instance) {
        return Integer.parseInt(instance.getEnvironment().getRequiredProperty("local.server.port"));
    }

    private static ApiRequest call(ConfigurableApplicationContext instance, String token, String method, String path) {
        return ApiRequest.bearer(port(instance), method, path, token, "sandbox-app");
    }

    private static ApiResponse upload(ConfigurableApplicationContext instance, String token) {
        return call(instance, token, "PUT", "/v1/customers/profile/images").json(TestImages.updateRequest(TestImages.png(2, 2), "PNG")).send();
    }

    private static String token(ConfigurableApplicationContext instance, long customer) {
        ApiResponse answer = tokenCall(instance, SandboxClient.APP.basicCredentials(), customer);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().path("access_token").asString();
    }

    private static ApiResponse tokenCall(ConfigurableApplicationContext instance, String authorization, long customer) {
        return ApiRequest.withAuthorization(port(instance), "POST", TOKEN_CALL, authorization, "sandbox-app")
                .form("grant_type=client_credentials&customer=" + customer)
                .send();
    }

    private static String url() {
        return System.getenv("CUSTOMERS_TEST_POSTGRES_URL");
    }

    private static String user() {
        return System.getenv().getOrDefault("CUSTOMERS_TEST_POSTGRES_USER", "postgres");
    }

    private static String password() {
        return System.getenv().getOrDefault("CUSTOMERS_TEST_POSTGRES_PASSWORD", "");
    }
}
