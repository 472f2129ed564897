package com.example.citi.au.customers.client;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The spec packaged by api-spec, as the tests read it: operations, their examples, the raw text. */
final class Spec {

    static final String RESOURCE = "openapi/customers-api.yaml";
    static final String BASE_PATH = "/api";

    private static final Spec INSTANCE = load();

    private final String text;
    private final OpenAPI model;

    private Spec(String text, OpenAPI model) {
        this.text = text;
        this.model = model;
    }

    static Spec get() {
        return INSTANCE;
    }

    String text() {
        return text;
    }

    List<SpecOperation> operations() {
        List<SpecOperation> operations = new ArrayList<>();
        model.getPaths().forEach((path, item) -> item.readOperationsMap().forEach(
                (method, operation) -> operations.add(new SpecOperation(method, path, operation))));
        return operations;
    }

    SpecOperation operation(String operationId) {
        return operations().stream()
                .filter(operation -> operation.id().equals(operationId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no operation " + operationId + " in the spec"));
    }

    private static Spec load() {
        String text = readResource();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        OpenAPI model = new OpenAPIV3Parser().readContents(text, null, options).getOpenAPI();
        if (model == null) {
            throw new IllegalStateException(RESOURCE + " does not parse");
        }
        return new Spec(text, model);
    }

    private static String readResource() {
        try (InputStream in = Spec.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test classpath (customers-api-spec)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One operation of the spec; {@code path} is below the server's base path. */
    record SpecOperation(PathItem.HttpMethod method, String path, Operation operation) {

        String id() {
            return operation.getOperationId();
        }

        /** The first example of the first success response; {@code json} is null when it has no body. */
        SpecExample successExample() {
            return examples(true).get(0);
        }

        /** The named example of the request body, as JSON. */
        String requestExample(String name) {
            Example example = operation.getRequestBody().getContent().get("application/json").getExamples().get(name);
            if (example == null) {
                throw new IllegalArgumentException(id() + " has no request example " + name);
            }
            return toJson(example);
        }

        /** Every example of every documented error response. */
        List<SpecExample> errorExamples() {
            return examples(false);
        }

        private List<SpecExample> examples(boolean success) {
            List<SpecExample> examples = new ArrayList<>();
            for (Map.Entry<String, ApiResponse> response : operation.getResponses().entrySet()) {
                int status = Integer.parseInt(response.getKey());
                if ((status / 100 == 2) != success) {
                    continue;
                }
                MediaType json = response.getValue().getContent() == null
                        ? null : response.getValue().getContent().get("application/json");
                if (json == null || json.getExamples() == null) {
                    examples.add(new SpecExample(id(), status, "no body", null));
                    continue;
                }
                json.getExamples().forEach((name, example) -> examples.add(new SpecExample(id(), status, name, toJson(example))));
            }
            if (examples.isEmpty()) {
                throw new IllegalStateException(id() + " documents no " + (success ? "success" : "error") + " response");
            }
            return examples;
        }

        private static String toJson(Example example) {
            try {
                return Json.mapper().writeValueAsString(example.getValue());
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    record SpecExample(String operationId, int status, String name, String json) {

        @Override
        public String toString() {
            return operationId + " " + status + " " + name;
        }
    }
}
