package com.example.citi.au.customers.review.spec;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

public final class LocalRefs {

    private static final int MAX_DEPTH = 10;

    private final Components components;

    public LocalRefs(OpenAPI api) {
        this.components = api.getComponents() == null ? new Components() : api.getComponents();
    }

    public Optional<Parameter> parameter(Parameter parameter) {
        return resolve(parameter, Parameter::get$ref, "#/components/parameters/", components.getParameters());
    }

    public Optional<ApiResponse> response(ApiResponse response) {
        return resolve(response, ApiResponse::get$ref, "#/components/responses/", components.getResponses());
    }

    public Optional<RequestBody> requestBody(RequestBody body) {
        return resolve(body, RequestBody::get$ref, "#/components/requestBodies/", components.getRequestBodies());
    }

    public Optional<Header> header(Header header) {
        return resolve(header, Header::get$ref, "#/components/headers/", components.getHeaders());
    }

    public Optional<Example> example(Example example) {
        return resolve(example, Example::get$ref, "#/components/examples/", components.getExamples());
    }

    private static <T> Optional<T> resolve(T item, Function<T, String> ref, String prefix, Map<String, T> targets) {
        T current = item;
        for (int depth = 0; current != null && ref.apply(current) != null; depth++) {
            String target = ref.apply(current);
            if (depth == MAX_DEPTH || !target.startsWith(prefix) || targets == null) {
                return Optional.empty();
            }
            current = targets.get(target.substring(prefix.length()));
        }
        return Optional.ofNullable(current);
    }
}
