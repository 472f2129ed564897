package com.example.citi.au.customers.server.playground;

import com.example.citi.au.customers.server.token.SandboxIssuerCondition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The contract as the api-spec jar on the classpath holds it, with two fields made to fit this
 * server: {@code servers} names the address the page was loaded from, and each OAuth 2.0 scheme
 * gets, instead of Citi's flows, a client-credentials flow whose token URL is this sandbox's own
 * token call, with the same scopes.
 */
@Component
@Conditional(SandboxIssuerCondition.class)
class PlaygroundContract {

    static final String RESOURCE = "openapi/customers-api.yaml";
    static final String TOKEN_OPERATION = "issueSandboxAccessToken";

    /** Read when the page first asks for it, not while the server starts. */
    private final Supplier<ObjectNode> contract = SingletonSupplier.of(PlaygroundContract::read);
    private final JsonMapper json = JsonMapper.builder().build();

    /** The contract as a JSON document, for a browser that reaches the API at {@code apiUrl}. */
    String servedAt(String apiUrl) {
        ObjectNode served = contract.get().deepCopy();
        String tokenPath = pathOf(served, TOKEN_OPERATION);
        served.putArray("servers").addObject()
                .put("url", apiUrl)
                .put("description", "This sandbox, at the address the Playground was loaded from");
        served.path("components").path("securitySchemes").values().forEach(scheme -> {
            if ("oauth2".equals(scheme.path("type").asString())) {
                ObjectNode scopes = json.createObjectNode();
                scheme.path("flows").values().forEach(flow -> scopes.setAll((ObjectNode) flow.path("scopes")));
                ((ObjectNode) scheme).putObject("flows").putObject("clientCredentials")
                        .put("tokenUrl", apiUrl + tokenPath)
                        .set("scopes", scopes);
            }
        });
        return json.writeValueAsString(served);
    }

    private static ObjectNode read() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return (ObjectNode) YAMLMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the contract " + RESOURCE + " is not on the classpath", e);
        }
    }

    private static String pathOf(JsonNode contract, String operationId) {
        for (Map.Entry<String, JsonNode> path : contract.path("paths").properties()) {
            for (JsonNode operation : path.getValue().values()) {
                if (operationId.equals(operation.path("operationId").asString(null))) {
                    return path.getKey();
                }
            }
        }
        throw new IllegalStateException("the contract has no operation " + operationId);
    }
}
