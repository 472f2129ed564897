package com.example.citi.au.customers.review.lint;

import com.example.citi.au.customers.review.spec.ApiOperation;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

final class OperationIdCheck implements SpecCheck {

    private static final Pattern CAMEL_CASE = Pattern.compile("^[a-z][a-zA-Z0-9]*$");

    private final OpenAPI api;

    OperationIdCheck(OpenAPI api) {
        this.api = api;
    }

    @Override
    public List<String> findings() {
        List<String> findings = new ArrayList<>();
        Map<String, List<String>> operationsById = new LinkedHashMap<>();
        for (ApiOperation operation : ApiOperation.all(api)) {
            String id = operation.operation().getOperationId();
            if (id == null || id.isBlank()) {
                continue;
            }
            if (!CAMEL_CASE.matcher(id).matches()) {
                findings.add(operation.label() + ": operationId '" + id + "' is not camelCase");
            }
            operationsById.computeIfAbsent(id, key -> new ArrayList<>()).add(operation.label());
        }
        operationsById.forEach((id, labels) -> {
            if (labels.size() > 1) {
                findings.add("operationId '" + id + "' is used by " + String.join(", ", labels));
            }
        });
        return findings;
    }
}
