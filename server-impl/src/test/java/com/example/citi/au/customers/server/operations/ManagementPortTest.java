package com.example.citi.au.customers.server.operations;

import static com.example.citi.au.customers.server.support.SandboxCaller.OLIVIA;
import static com.example.citi.au.customers.server.support.StepUpSteps.controlFlowOf;
import static com.example.citi.au.customers.server.support.StepUpSteps.smsRequest;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.server.support.ApiIntegrationTest;
import com.example.citi.au.customers.server.support.ApiResponse;
import com.example.citi.au.customers.server.support.SandboxClient;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalManagementPort;

/**
 * Health and metrics are served on the management port, on loopback, and nothing of them on the
 * API's port.
 */
class ManagementPortTest extends ApiIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalManagementPort
    private int managementPort;

    @Test
    void servesHealthAndMetricsOnAPortOfTheirOwn() {
        assertThat(managementPort).isPositive().isNotEqualTo(port());
    }

    /**
     * Bound to 127.0.0.1 alone: a connection to another loopback address (127.0.0.2, which Linux
     * routes to the host too) is refused there, and accepted by the API's port, bound to every address.
     */
    @Test
    void acceptsConnectionsOnlyFromTheHostItself() throws IOException {
        assertThat(connects("127.0.0.2", port())).as("the API's port, on every address").isTrue();
        assertThat(connects("127.0.0.1", managementPort)).isTrue();
        assertThat(connects("127.0.0.2", managementPort)).as("the management port on another address").isFalse();
    }

    @Test
    void answersLivenessAndReadinessUpWhileTheDatabaseIsReachableAndMigrated() throws Exception {
        assertThat(management("/actuator/health/liveness").body()).contains("\"status\":\"UP\"");
        HttpResponse<String> readiness = management("/actuator/health/readiness");

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void countsRequestsAndTheirLatencyByOperationIdAndStatus() throws Exception {
        get(OLIVIA, "/v1/customers/profiles").send();
        get(OLIVIA, "/v1/customers/profiles").withoutHeader("Accept").send();

        String scrape = management("/actuator/prometheus").body();

        assertThat(scrape).containsPattern(
                "http_server_requests_seconds_bucket\\{[^}]*operationId=\"retrieveCustomerProfile\"[^}]*status=\"200\"");
        assertThat(scrape).containsPattern(
                "http_server_requests_seconds_count\\{[^}]*operationId=\"retrieveCustomerProfile\"[^}]*status=\"400\"");
    }

    @Test
    void countsTokensIssuedAndRefused() throws Exception {
        double issued = counter("customers_tokens_issued_total");
        double refused = counter("customers_tokens_failures_total{status=\"401\"}");

        tokenCall(SandboxClient.APP).form("grant_type=client_credentials&customer=1").send();
        tokenCall(SandboxClient.APP).header("Authorization", SandboxClient.basic("sandbox-app", "wrong"))
                .form("grant_type=client_credentials&customer=1").send();

        assertThat(counter("customers_tokens_issued_total")).isEqualTo(issued + 1);
        assertThat(counter("customers_tokens_failures_total{status=\"401\"}")).isEqualTo(refused + 1);
    }

    @Test
    void countsOneTimePasswordsSent() throws Exception {
        double sent = counter("customers_otp_sends_total");
        String flow = controlFlowOf(put(OLIVIA, "/v1/customers/profiles/emails",
                "{\"emails\":[{\"emailKey\":2001,\"emailAddress\":\"olivia.bennett@example.org\",\"preferredEmailFlag\":true}]}")
                .send());

        post(OLIVIA, "/v1/mfa/otp", smsRequest(flow)).send();

        assertThat(counter("customers_otp_sends_total")).isEqualTo(sent + 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/actuator", "/api/actuator/health", "/api/actuator/health/readiness",
            "/api/actuator/prometheus", "/actuator/health", "/actuator/prometheus"})
    void answersEveryManagementPathOnTheApiPortAsUnknown(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + path))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("\"code\":\"resourceNotFound\"").doesNotContain("UP", "jvm_");
    }

    @Test
    void answersThoseSamePathsWithAValidCallerAsUnknownToo() {
        ApiResponse response = get(OLIVIA, "/actuator/health").outsideSpec().send();

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.errorCode()).isEqualTo("resourceNotFound");
    }

    private static boolean connects(String address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private HttpResponse<String> management(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The value of one sample of the scrape, 0 when it has none yet. */
    private double counter(String sample) throws IOException, InterruptedException {
        return management("/actuator/prometheus").body().lines()
                .filter(line -> line.startsWith(sample + " ") || line.startsWith(sample.replace("}", ",") ))
                .filter(line -> !line.startsWith("#"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
