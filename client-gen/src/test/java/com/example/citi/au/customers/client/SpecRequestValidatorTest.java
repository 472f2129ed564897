package com.example.citi.au.customers.client;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.client.generated.api.CardAddressesApi;
import com.example.citi.au.customers.client.generated.api.CustomerAlertsApi;
import com.example.citi.au.customers.client.generated.api.CustomerEmailsApi;
import com.example.citi.au.customers.client.generated.api.OneTimePasswordsApi;
import com.example.citi.au.customers.client.generated.invoker.ApiClient;
import com.example.citi.au.customers.client.generated.model.OtpValidationRequest;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The request check of {@link WireMockClientTest} is only worth something if it can fail: requests sent
 * through the raw generated API with one thing broken each are each reported.
 */
class SpecRequestValidatorTest {

    @RegisterExtension
    static final WireMockExtension wireMock = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final Consumer<HttpRequest.Builder> VALID_HEADERS = request -> request
            .setHeader("Authorization", "Bearer " + WireMockClientTest.ACCESS_TOKEN)
            .setHeader("uuid", UUID.randomUUID().toString())
            .setHeader("client_id", WireMockClientTest.CLIENT_ID);

    @BeforeEach
    void answerEverything() {
        wireMock.stubFor(any(anyUrl()).willReturn(okJson("{}")));
    }

    @Test
    void acceptsARequestThatFollowsTheSpec() throws Exception {
        new CustomerEmailsApi(rawClient(VALID_HEADERS)).retrieveCustomerEmails();

        assertThat(violations()).isEmpty();
    }

    @Test
    void reportsAMalformedHeader() throws Exception {
        new CustomerEmailsApi(rawClient(VALID_HEADERS.andThen(request -> request.setHeader("uuid", "not-a-uuid"))))
                .retrieveCustomerEmails();

        assertThat(violations()).singleElement().asString().contains("validation.request.parameter.schema.format.uuid");
    }

    @Test
    void reportsAMissingHeader() throws Exception {
        new CustomerEmailsApi(rawClient(request -> request
                .setHeader("Authorization", "Bearer " + WireMockClientTest.ACCESS_TOKEN)
                .setHeader("uuid", UUID.randomUUID().toString())))
                .retrieveCustomerEmails();

        assertThat(violations()).singleElement().asString()
                .contains("validation.request.parameter.header.missing", "client_id");
    }

    @Test
    void reportsAnAuthorizationThatIsNoBearerToken() throws Exception {
        new CustomerEmailsApi(rawClient(VALID_HEADERS.andThen(request -> request.setHeader("Authorization", "Basic a b"))))
                .retrieveCustomerEmails();

        assertThat(violations()).singleElement().asString().contains("validation.request.parameter.schema.pattern");
    }

    @Test
    void reportsABodyThatBreaksItsSchema() throws Exception {
        new OneTimePasswordsApi(rawClient(VALID_HEADERS)).validateOneTimePassword(
                new OtpValidationRequest().controlFlowId(Requests.CONTROL_FLOW_ID).otpToken("12ab"));

        assertThat(violations()).singleElement().asString()
                .contains("validation.request.body.schema.pattern", "/otpToken");
    }

    @Test
    void reportsAQueryParameterOutOfRange() throws Exception {
        new CustomerAlertsApi(rawClient(VALID_HEADERS)).retrieveCustomerAlertHistory(null, null, null, null, null, 500);

        assertThat(violations()).singleElement().asString().contains("validation.request.parameter.schema.maximum");
    }

    @Test
    void reportsAPathParameterThatBreaksItsPattern() throws Exception {
        new CardAddressesApi(rawClient(VALID_HEADERS)).retrieveCardAccountAddresses("not-an-account");

        assertThat(violations()).singleElement().asString().contains("validation.request.parameter.schema.pattern");
    }

    @Test
    void reportsAPathTheSpecDoesNotHave() throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(wireMock.baseUrl() + "/api/v1/customers/profile"));
        VALID_HEADERS.accept(request);
        HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding());

        assertThat(violations()).singleElement().asString().contains("validation.request.path.missing");
    }

    private static ApiClient rawClient(Consumer<HttpRequest.Builder> headers) {
        ApiClient apiClient = new ApiClient();
        apiClient.updateBaseUri(wireMock.baseUrl() + Spec.BASE_PATH);
        apiClient.setRequestInterceptor(headers);
        return apiClient;
    }

    private static List<String> violations() {
        return wireMock.getAllServeEvents().stream()
                .map(ServeEvent::getRequest)
                .flatMap(request -> SpecRequestValidator.violations(request).stream())
                .toList();
    }
}
