package com.example.citi.au.customers.spec;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import java.util.ArrayList;
import java.util.List;

final class OperationCheck implements SpecCheck {

    private static final List<String> SOURCES = List.of("transcribed", "inferred", "designed");

    private final OpenAPI api;

    OperationCheck(OpenAPI api) {
        this.api = api;
    }

    @Override
    public List<String> findings() {
        List<String> findings = new ArrayList<>();
        for (ApiOperation operation : ApiOperation.all(api)) {
            problems(operation).forEach(problem -> findings.add(operation.label() + ": " + problem));
        }
        return findings;
    }

    private static List<String> problems(ApiOperation apiOperation) {
        Operation operation = apiOperation.operation();
        List<String> problems = new ArrayList<>();
        if (isBlank(operation.getSummary())) {
            problems.add("missing summary");
        }
        if (isBlank(operation.getDescription())) {
            problems.add("missing description");
        }
        if (isBlank(operation.getOperationId())) {
            problems.add("missing operationId");
        }
        if (operation.getTags() == null || operation.getTags().isEmpty()) {
            problems.add("missing tag");
        }
        Object source = apiOperation.extensions().get("x-source");
        if (source == null) {
            problems.add("missing x-source");
        } else if (!SOURCES.contains(source.toString())) {
            problems.add("x-source '" + source + "' is not one of " + String.join(", ", SOURCES));
        }
        if (!hasResponseInClass(operation, '4')) {
            problems.add("no documented 4xx response");
        }
        if (!hasResponseInClass(operation, '5')) {
            problems.add("no documented 5xx response");
        }
        return problems;
    }

    private static boolean hasResponseInClass(Operation operation, char statusClass) {
        return operation.getResponses() != null
                && operation.getResponses().keySet().stream().anyMatch(status -> status.charAt(0) == statusClass);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
