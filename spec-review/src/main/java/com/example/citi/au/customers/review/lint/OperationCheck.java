package com.example.citi.au.customers.review.lint;

import com.example.citi.au.customers.review.spec.ApiOperation;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import java.util.ArrayList;
import java.util.List;

final class OperationCheck implements SpecCheck {

    private final OpenAPI api;
    private final String provenanceExtension;
    private final List<String> provenanceValues;

    OperationCheck(OpenAPI api, StyleRules rules) {
        this.api = api;
        this.provenanceExtension = rules.provenanceExtension();
        this.provenanceValues = rules.provenanceValues();
    }

    @Override
    public List<String> findings() {
        List<String> findings = new ArrayList<>();
        for (ApiOperation operation : ApiOperation.all(api)) {
            problems(operation).forEach(problem -> findings.add(operation.label() + ": " + problem));
        }
        return findings;
    }

    private List<String> problems(ApiOperation apiOperation) {
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
        if (!provenanceExtension.isEmpty()) {
            Object source = apiOperation.extensions().get(provenanceExtension);
            if (source == null) {
                problems.add("missing " + provenanceExtension);
            } else if (!provenanceValues.contains(source.toString())) {
                problems.add(provenanceExtension + " '" + source + "' is not one of " + String.join(", ", provenanceValues));
            }
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
