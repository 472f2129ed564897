package com.example.citi.au.customers.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathTemplate;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.client.Spec.SpecExample;
import com.example.citi.au.customers.client.Spec.SpecOperation;
import com.example.citi.au.customers.client.generated.invoker.ApiClient;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.ObjectMapper;

/**
 * A client pointed at WireMock, stubs made from the spec's own examples, and after each test a check
 * that every request the client sent follows the spec.
 */
abstract class WireMockClientTest {

    static final String ACCESS_TOKEN = "KGNsaWVudF9pZDpjbGllbnRfc2VjcmV0KQ==";
    static final String CLIENT_ID = "0b4c9e1a-7d2f-4e8a-b5c3-6f1d2e3a4b5c";

    @RegisterExtension
    static final WireMockExtension wireMock = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    /** The client's clock and sleeper: waits between attempts move it, nothing sleeps. */
    final FakeTime time = new FakeTime();
    CustomersApiClient client;

    @BeforeEach
    void pointClientAtWireMock() {
        client = clientBuilder().build();
    }

    /** The test client's settings, for a test that changes one of them. */
    CustomersApiClient.Builder clientBuilder() {
        return CustomersApiClient.builder()
                .baseUrl(baseUrl())
                .tokenSupplier(() -> ACCESS_TOKEN)
                .clientId(CLIENT_ID)
                .clock(time)
                .sleeper(time)
                .jitterSource(() -> 0);
    }

    @AfterEach
    void everyRequestFollowsTheSpec() {
        List<String> violations = receivedRequests().stream()
                .flatMap(request -> SpecRequestValidator.violations(request).stream())
                .toList();
        assertThat(violations).as("requests that break the spec").isEmpty();
    }

    static String baseUrl() {
        return wireMock.baseUrl() + Spec.BASE_PATH;
    }

    static List<LoggedRequest> receivedRequests() {
        return wireMock.getAllServeEvents().stream().map(ServeEvent::getRequest).toList();
    }

    static LoggedRequest onlyRequest() {
        List<LoggedRequest> requests = receivedRequests();
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    /** The mapped result, written back as JSON, is the example: no field was lost, renamed or changed. */
    static void assertMapsEveryField(Object mapped, SpecExample example) {
        ObjectMapper mapper = ApiClient.createDefaultObjectMapper();
        assertThat(mapper.readTree(mapper.writeValueAsString(mapped)))
                .as("%s written back as JSON", mapped.getClass().getSimpleName())
                .isEqualTo(mapper.readTree(example.json()));
    }

    static void assertSentBodyIs(String json) {
        wireMock.verify(1, anyRequestedFor(anyUrl()).withRequestBody(equalToJson(json)));
    }

    /** Answers the operation with the first example of its success response, as the spec documents it. */
    static SpecExample stubSuccess(String operationId) {
        SpecOperation operation = Spec.get().operation(operationId);
        SpecExample example = operation.successExample();
        stub(operation, example);
        return example;
    }

    static void stub(SpecOperation operation, SpecExample example) {
        ResponseDefinitionBuilder response = aResponse().withStatus(example.status());
        if (example.json() != null) {
            response.withHeader("Content-Type", "application/json").withBody(example.json());
        }
        stub(operation, response);
    }

    static void stub(SpecOperation operation, ResponseDefinitionBuilder response) {
        wireMock.stubFor(request(operation.method().name(), urlPathTemplate(Spec.BASE_PATH + operation.path()))
                .willReturn(response));
    }
}
