package com.example.citi.au.customers.server.playground;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.server.support.ApiIntegrationTest;
import com.example.citi.au.customers.server.support.ApiResponse;
import com.example.citi.au.customers.server.support.BrowserRequest;
import com.example.citi.au.customers.server.support.SandboxClient;
import com.example.citi.au.customers.server.support.SpecResponseValidator;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The contract the Playground shows is the one on the classpath, changed in two fields only: the
 * servers, which name the address the browser used, and the OAuth 2.0 flows, which name this
 * sandbox's own token call.
 */
class PlaygroundContractTest extends ApiIntegrationTest {

    private static final String CONTRACT = "/playground/customers-api.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void servesTheClasspathContractChangedOnlyInItsServersAndOAuthFlows() {
        ObjectNode classpath = (ObjectNode) YAMLMapper.builder().build().readTree(SpecResponseValidator.specText());
        ObjectNode served = (ObjectNode) JSON.readTree(BrowserRequest.get(port(), CONTRACT).body());

        withoutThePatchedFields(classpath);
        withoutThePatchedFields(served);

        assertThat(served).isEqualTo(classpath);
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "127.0.0.1"})
    void namesTheAddressTheBrowserUsedAsItsOnlyServer(String host) {
        JsonNode served = JSON.readTree(BrowserRequest.get(host, port(), CONTRACT).body());

        assertThat(served.path("servers")).hasSize(1);
        assertThat(served.path("servers").path(0).path("url").asString()).isEqualTo("http://" + host + ":" + port() + "/api");
    }

    @Test
    void offersTheSandboxTokenCallAsAClientCredentialsFlowWithTheContractsScopes() {
        JsonNode classpath = YAMLMapper.builder().build().readTree(SpecResponseValidator.specText());
        JsonNode flows = JSON.readTree(BrowserRequest.get(port(), CONTRACT).body())
                .path("components").path("securitySchemes").path("citiOAuth2").path("flows");

        assertThat(flows.propertyNames()).containsExactly("clientCredentials");
        assertThat(flows.path("clientCredentials").path("tokenUrl").asString())
                .isEqualTo("http://localhost:" + port() + "/api/sandbox/v1/oauth2/token");
        assertThat(flows.path("clientCredentials").path("scopes")).isEqualTo(classpath.path("components")
                .path("securitySchemes").path("citiOAuth2").path("flows").path("authorizationCode").path("scopes"));
    }

    @Test
    void itsTokenUrlIssuesTokens() {
        ApiResponse token = tokenCall(SandboxClient.APP).form("grant_type=client_credentials&customer=1").send();

        assertThat(token.status()).isEqualTo(200);
        assertThat(token.json().path("access_token").asString()).isNotBlank();
    }

    @Test
    void answersAsJson() {
        HttpResponse<String> response = BrowserRequest.get(port(), CONTRACT);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    }

    private static void withoutThePatchedFields(ObjectNode contract) {
        contract.remove("servers");
        ((ObjectNode) contract.path("components").path("securitySchemes").path("citiOAuth2")).remove("flows");
    }
}
