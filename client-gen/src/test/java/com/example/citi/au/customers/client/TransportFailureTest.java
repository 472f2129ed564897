package com.example.citi.au.customers.client;

import com.example.citi.au.customers.client.errors.CustomersApiMalformedResponseException;
import com.example.citi.au.customers.client.errors.CustomersApiConnectionException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.example.citi.au.customers.client.retries.RetryOptions;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

class TransportFailureTest extends WireMockClientTest {

    @Test
    void namesTheRequestThatCouldNotConnect() throws IOException {
        String nobodyListening = "http://localhost:" + freePort() + "/api";
        CustomersApiClient unreachable = clientBuilder().baseUrl(nobodyListening).retries(RetryOptions.none()).build();

        Throwable thrown = catchThrowable(() -> unreachable.customerEmails().retrieveCustomerEmails());

        assertThat(thrown).isInstanceOf(CustomersApiConnectionException.class)
                .hasMessageStartingWith("GET " + nobodyListening + "/v1/customers/profiles/emails failed")
                .hasCauseInstanceOf(ConnectException.class);
    }

    @Test
    void namesTheRequestThatTimedOut() {
        stub(Spec.get().operation("retrieveCustomerEmails"), WireMock.ok().withFixedDelay(2_000));
        CustomersApiClient impatient = clientBuilder().retries(RetryOptions.none())
                .readTimeout(Duration.ofMillis(200)).build();

        Throwable thrown = catchThrowable(() -> impatient.customerEmails().retrieveCustomerEmails());

        assertThat(thrown).isInstanceOf(CustomersApiConnectionException.class)
                .hasMessageStartingWith("GET " + baseUrl() + "/v1/customers/profiles/emails failed")
                .hasCauseInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void reportsASuccessBodyThatIsNoJson() {
        stub(Spec.get().operation("retrieveCustomerEmails"),
                WireMock.ok().withHeader("Content-Type", "text/html").withBody("<html>maintenance</html>"));

        Throwable thrown = catchThrowable(() -> client.customerEmails().retrieveCustomerEmails());

        assertThat(thrown).isInstanceOf(CustomersApiMalformedResponseException.class)
                .hasMessageStartingWith("GET " + baseUrl() + "/v1/customers/profiles/emails was answered with a body"
                        + " that does not match the spec")
                .hasCauseInstanceOf(JacksonException.class);
    }

    @Test
    void reportsASuccessBodyOfTheWrongShape() {
        stub(Spec.get().operation("retrieveCustomerEmails"),
                WireMock.okJson("{\"emails\":[{\"emailKey\":\"two thousand and one\"}]}"));

        Throwable thrown = catchThrowable(() -> client.customerEmails().retrieveCustomerEmails());

        assertThat(thrown).isInstanceOf(CustomersApiMalformedResponseException.class)
                .hasMessageContaining("emailKey")
                .hasCauseInstanceOf(JacksonException.class);
    }

    @Test
    void refusesAMissingRequestBodyWithoutSendingAnything() {
        Throwable thrown = catchThrowable(() -> client.customerEmails().updateCustomerEmails(null));

        assertThat(thrown).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("emailUpdateRequest");
        assertThat(receivedRequests()).isEmpty();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
