package com.example.citi.au.customers.server.support;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The operations the spec declares, with example values to call each one. */
public final class SpecOperations {

    private SpecOperations() {
    }

    public record SpecOperation(String method, String pathTemplate, Operation operation) {

        private static final String JSON = "application/json";
        private static final String FORM = "application/x-www-form-urlencoded";
        private static final String BEARER_SCHEME = "citiOAuth2";

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

        /** The first example of the request body, as JSON, when the operation takes a JSON body. */
        public Optional<String> exampleBody() {
            return example(JSON).map(Json::pretty);
        }

        /** The first example of the request body, form-encoded, when the operation takes a form. */
        public Optional<String> exampleForm() {
            return example(FORM).map(value -> Json.mapper().convertValue(value, Map.class)).map(SpecOperation::formEncoded);
        }

        /**
         * Whether the operation is called with an access token: not the sandbox token call, which
         * authenticates its client with HTTP Basic.
         */
        public boolean takesBearerToken() {
            return operation.getSecurity() == null
                    || operation.getSecurity().stream().anyMatch(requirement -> requirement.containsKey(BEARER_SCHEME));
        }

        private Optional<Object> example(String mediaType) {
            if (operation.getRequestBody() == null || !operation.getRequestBody().getContent().containsKey(mediaType)) {
                return Optional.empty();
            }
            MediaType media = operation.getRequestBody().getContent().get(mediaType);
            return Optional.of(media.getExample() != null ? media.getExample()
                    : media.getExamples().values().stream().findFirst().map(Example::getValue).orElseThrow());
        }

        private static String formEncoded(Map<?, ?> fields) {
            return fields.entrySet().stream()
                    .map(field -> URLEncoder.encode(String.valueOf(field.getKey()), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(String.valueOf(field.getValue()), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
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
