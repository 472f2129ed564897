package com.example.citi.au.customers.client;

import com.example.citi.au.customers.client.errors.CustomersApiException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.example.citi.au.customers.client.Spec.SpecExample;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ErrorMappingTest extends WireMockClientTest {

    /** Operations whose every documented error is stubbed, with a valid call of each. */
    private static final Map<String, Consumer<CustomersApiClient>> CALLS = Map.of(
            "retrieveCustomerProfile", client -> client.customerProfile().retrieveCustomerProfile(),
            "updateCustomerEmails", client -> client.customerEmails().updateCustomerEmails(Requests.changeAddress()),
            "confirmCustomerEmailUpdate", client -> client.customerEmails().confirmCustomerEmailUpdate(Requests.confirm()),
            "sendOneTimePassword", client -> client.oneTimePasswords().sendOneTimePassword(Requests.bySms()),
            "validateOneTimePassword", client -> client.oneTimePasswords().validateOneTimePassword(Requests.sixDigits()));

    static Stream<SpecExample> documentedErrors() {
        return CALLS.keySet().stream().sorted()
                .flatMap(operationId -> Spec.get().operation(operationId).errorExamples().stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentedErrors")
    void mapsEveryDocumentedError(SpecExample error) {
        stub(Spec.get().operation(error.operationId()), error);
        JsonNode documented = JsonMapper.shared().readTree(error.json());

        CustomersApiException thrown = thrown(() -> CALLS.get(error.operationId()).accept(client));

        assertThat(thrown.status()).isEqualTo(error.status());
        assertThat(thrown.type()).isEqualTo(documented.path("type").asString(null));
        assertThat(thrown.code()).isEqualTo(documented.path("code").asString(null));
        assertThat(thrown.details()).isEqualTo(documented.path("details").asString(null));
        assertThat(thrown.location()).isEqualTo(documented.path("location").asString(null));
        assertThat(thrown.controlFlowId())
                .isEqualTo(Optional.ofNullable(documented.path("moreInfo").path("controlFlowId").asString(null)));
        assertThat(thrown.isStepUpRequired()).isEqualTo(error.status() == 403 && thrown.controlFlowId().isPresent());
        assertThat(thrown.responseBody()).isEqualTo(error.json());
        assertThat(thrown).hasMessageContaining(String.valueOf(error.status()))
                .hasMessageContaining(baseUrl() + Spec.get().operation(error.operationId()).path());
    }

    @Test
    void exposesTheControlFlowOfAStepUp() {
        stub(Spec.get().operation("updateCustomerEmails"), stepUpRequired());

        CustomersApiException thrown = thrown(
                () -> client.customerEmails().updateCustomerEmails(Requests.changeAddress()));

        assertThat(thrown.isStepUpRequired()).isTrue();
        assertThat(thrown.controlFlowId()).contains(Requests.CONTROL_FLOW_ID);
        assertThat(thrown.code()).isEqualTo("stepUpRequired");
    }

    @Test
    void aWrongPasswordNamesTheControlFlowButIsNoStepUp() {
        stub(Spec.get().operation("validateOneTimePassword"), Spec.get().operation("validateOneTimePassword")
                .errorExamples().stream().filter(example -> example.name().equals("invalidOtp")).findFirst().orElseThrow());

        CustomersApiException thrown = thrown(
                () -> client.oneTimePasswords().validateOneTimePassword(Requests.sixDigits()));

        assertThat(thrown.status()).isEqualTo(422);
        assertThat(thrown.controlFlowId()).contains(Requests.CONTROL_FLOW_ID);
        assertThat(thrown.isStepUpRequired()).isFalse();
        assertThat(thrown.errorResponse().orElseThrow().getMoreInfo().getRemainingOtpAttempts()).isEqualTo(4);
    }

    @Test
    void keepsStatusAndRawBodyOfAnErrorThatIsNoErrorResponse() {
        String gatewayPage = "<html><body>502 Bad Gateway</body></html>";
        stub(Spec.get().operation("retrieveCustomerEmails"),
                WireMock.aResponse().withStatus(502).withHeader("Content-Type", "text/html").withBody(gatewayPage));

        CustomersApiException thrown = thrown(() -> client.customerEmails().retrieveCustomerEmails());

        assertThat(thrown.status()).isEqualTo(502);
        assertThat(thrown.responseBody()).isEqualTo(gatewayPage);
        assertThat(thrown.errorResponse()).isEmpty();
        assertThat(thrown.code()).isNull();
        assertThat(thrown.controlFlowId()).isEmpty();
        assertThat(thrown).hasMessageContaining("502").hasMessageContaining(gatewayPage);
    }

    @Test
    void treatsJsonWithoutACodeAsNoErrorResponse() {
        stub(Spec.get().operation("retrieveCustomerEmails"), WireMock.jsonResponse("{\"message\":\"Bad Gateway\"}", 502));

        CustomersApiException thrown = thrown(() -> client.customerEmails().retrieveCustomerEmails());

        assertThat(thrown.errorResponse()).isEmpty();
        assertThat(thrown.responseBody()).isEqualTo("{\"message\":\"Bad Gateway\"}");
    }

    @Test
    void keepsTheStatusOfAnErrorWithoutBody() {
        stub(Spec.get().operation("retrieveCustomerEmails"), WireMock.aResponse().withStatus(503));

        CustomersApiException thrown = thrown(() -> client.customerEmails().retrieveCustomerEmails());

        assertThat(thrown.status()).isEqualTo(503);
        assertThat(thrown.errorResponse()).isEmpty();
        assertThat(thrown).hasMessageContaining("503 without a body");
    }

    static SpecExample stepUpRequired() {
        return Spec.get().operation("updateCustomerEmails").errorExamples().stream()
                .filter(example -> example.name().equals("stepUpRequired"))
                .findFirst()
                .orElseThrow();
    }

    static CustomersApiException thrown(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(CustomersApiException.class);
        return (CustomersApiException) thrown;
    }
}
