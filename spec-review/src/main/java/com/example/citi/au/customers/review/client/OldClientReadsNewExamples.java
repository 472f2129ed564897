package com.example.citi.au.customers.review.client;

import com.example.citi.au.customers.review.spec.ApiOperation;
import com.example.citi.au.customers.review.spec.LocalRefs;
import com.example.citi.au.customers.review.spec.OperationRef;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads every JSON example answer of the head spec with the client generated from the base, as a
 * consumer who has not regenerated would: the answer's type is the one the base declares for that
 * operation and status, and the mapper is the base client's own.
 */
final class OldClientReadsNewExamples {

    private static final String COMPONENT_SCHEMA = "#/components/schemas/";

    private final GeneratedClient baseClient;
    private final ClassLoader loader;
    private final ObjectMapper mapper;
    private final OperationUsage baseUsage;

    private OldClientReadsNewExamples(GeneratedClient baseClient, ClassLoader loader, OperationUsage baseUsage) {
        this.baseClient = baseClient;
        this.loader = loader;
        this.baseUsage = baseUsage;
        this.mapper = baseMapper(baseClient, loader);
    }

    static List<ExampleFailure> check(OpenAPI base, OpenAPI head, GeneratedClient baseClient, ClassLoader loader,
                                      OperationUsage baseUsage) {
        return new OldClientReadsNewExamples(baseClient, loader, baseUsage).failures(base, head);
    }

    private List<ExampleFailure> failures(OpenAPI base, OpenAPI head) {
        Map<String, ApiOperation> baseOperations = new LinkedHashMap<>();
        ApiOperation.all(base).forEach(operation -> baseOperations.put(operation.label(), operation));
        LocalRefs baseRefs = new LocalRefs(base);
        LocalRefs headRefs = new LocalRefs(head);
        List<ExampleFailure> failures = new ArrayList<>();
        for (ApiOperation operation : ApiOperation.all(head)) {
            ApiOperation before = baseOperations.get(operation.label());
            if (before == null || operation.operation().getResponses() == null) {
                continue;
            }
            OperationRef ref = OperationRef.of(operation.method(), operation.path(), operation.operation());
            operation.operation().getResponses().forEach((status, response) -> headRefs.response(response)
                    .ifPresent(answer -> baseType(before, status, baseRefs).ifPresent(type ->
                            examples(answer, headRefs).forEach((name, json) ->
                                    read(json, type).ifPresent(error -> failures.add(new ExampleFailure(ref, status,
                                            name, ClientApiComparison.simpleNames(type.toCanonical()), error)))))));
        }
        return failures;
    }

    /** The Java type the base client reads this answer as, where the base declares one. */
    private Optional<JavaType> baseType(ApiOperation operation, String status, LocalRefs refs) {
        if (operation.operation().getResponses() == null || operation.operation().getResponses().get(status) == null) {
            return Optional.empty();
        }
        Optional<Schema<?>> schema = refs.response(operation.operation().getResponses().get(status))
                .flatMap(OldClientReadsNewExamples::jsonSchema);
        if (schema.isEmpty()) {
            return Optional.empty();
        }
        Optional<JavaType> declared = declaredType(schema.get());
        if (declared.isPresent() || !status.startsWith("2")) {
            return declared;
        }
        return returnTypeOf(operation);
    }

    /** A component schema, or an array of one: the class the generator names after it. */
    private Optional<JavaType> declaredType(Schema<?> schema) {
        if (schema.get$ref() != null && schema.get$ref().startsWith(COMPONENT_SCHEMA)) {
            return load(baseClient.modelClass(schema.get$ref().substring(COMPONENT_SCHEMA.length())))
                    .map(type -> mapper.getTypeFactory().constructType(type));
        }
        if ("array".equals(schema.getType()) && schema.getItems() != null) {
            return declaredType(schema.getItems())
                    .map(items -> mapper.getTypeFactory().constructCollectionType(List.class, items));
        }
        return Optional.empty();
    }

    /** An inline answer: the type the generated method returns for it. */
    private Optional<JavaType> returnTypeOf(ApiOperation operation) {
        for (String apiClass : baseClient.apiClassNames()) {
            Optional<Class<?>> type = load(apiClass);
            if (type.isEmpty()) {
                continue;
            }
            for (Method method : type.get().getMethods()) {
                boolean serves = baseUsage.operationOf(method.getName())
                        .filter(ref -> ref.method().equals(operation.method()) && ref.path().equals(operation.path()))
                        .isPresent();
                if (serves && method.getName().endsWith("WithHttpInfo")
                        && method.getGenericReturnType() instanceof ParameterizedType response) {
                    Type answer = response.getActualTypeArguments()[0];
                    return answer == Void.class ? Optional.empty()
                            : Optional.of(mapper.getTypeFactory().constructType(answer));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> read(String json, JavaType type) {
        try {
            mapper.readValue(json, type);
            return Optional.empty();
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return Optional.of(message.lines().findFirst().orElse(message));
        }
    }

    private static Optional<Schema<?>> jsonSchema(ApiResponse response) {
        return jsonMedia(response).map(media -> (Schema<?>) media.getSchema());
    }

    private static Optional<MediaType> jsonMedia(ApiResponse response) {
        if (response.getContent() == null) {
            return Optional.empty();
        }
        return response.getContent().entrySet().stream()
                .filter(entry -> entry.getKey().contains("json") && entry.getValue().getSchema() != null)
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /** The answer's examples as JSON text, by name ({@code example} for a single one). */
    private static Map<String, String> examples(ApiResponse response, LocalRefs refs) {
        Map<String, String> examples = new LinkedHashMap<>();
        jsonMedia(response).ifPresent(media -> {
            if (media.getExample() != null) {
                examples.put("example", json(media.getExample()));
            }
            if (media.getExamples() != null) {
                media.getExamples().forEach((name, example) -> refs.example(example).map(Example::getValue)
                        .ifPresent(value -> examples.put(name, json(value))));
            }
        });
        return examples;
    }

    private static String json(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<Class<?>> load(String name) {
        try {
            return Optional.of(Class.forName(name, false, loader));
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }

    private static ObjectMapper baseMapper(GeneratedClient client, ClassLoader loader) {
        String apiClient = client.invokerPackage() + ".ApiClient";
        try {
            return (ObjectMapper) Class.forName(apiClient, true, loader).getMethod("createDefaultObjectMapper")
                    .invoke(null);
        } catch (ReflectiveOperationException | ClassCastException e) {
            if (e instanceof InvocationTargetException target && target.getCause() != null) {
                throw new IllegalStateException("the base client's " + apiClient + " fails to make its mapper",
                        target.getCause());
            }
            throw new IllegalStateException("the base client has no " + apiClient
                    + ".createDefaultObjectMapper() returning a Jackson 3 mapper: only the Java client of library "
                    + "native with useJackson3 can be read back", e);
        }
    }
}
