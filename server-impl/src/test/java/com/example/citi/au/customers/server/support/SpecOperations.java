package com.example.citi.au.customers.server.support;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The operations the spec declares, with example values to call each one. */
public final class SpecOperations {

    private SpecOperations() {
    }

    public record SpecOperation(String method, String pathTemplate, Operation operation) {

        public String operationId() {
            return operation.getOperationId();
        }

        /** The path with every path parameter replaced by its example. */
        public String examplePath() {
            String path = pathTemplate;
            if (operation.getParameters() != null) {
                for (var parameter : operation.getParameters()) {
                    if ("path".equals(parameter.getIn())) {
                        path = path.replace("{" + parameter.getName() + "}", String.valueOf(parameter.getExample()));
                    }
                }
            }
            return path;
        }

        /** The first example of the request body, as JSON, when the operation takes one. */
        public Optional<String> exampleBody() {
            if (operation.getRequestBody() == null) {
                return Optional.empty();
            }
            MediaType media = operation.getRequestBody().getContent().get("application/json");
            Object value = media.getExample() != null ? media.getExample()
                    : media.getExamples().values().stream().findFirst().map(Example::getValue).orElseThrow();
            return Optional.of(Json.pretty(value));
        }

        @Override
        public String toString() {
            return method + " " + pathTemplate + " (" + operationId() + ")";
        }
    }

    public static List<SpecOperation> all() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        OpenAPI api = new OpenAPIParser().readContents(SpecResponseValidator.specText(), null, options).getOpenAPI();
        List<SpecOperation> operations = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                operations.add(new SpecOperation(method.name(), path, operation))));
        return operations;
    }

}
