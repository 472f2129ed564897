package com.example.citi.au.customers.review.spec;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

public record ApiOperation(String method, String path, PathItem pathItem, Operation operation) {

    public static List<ApiOperation> all(OpenAPI api) {
        List<ApiOperation> operations = new ArrayList<>();
        if (api.getPaths() == null) {
            return operations;
        }
        api.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> operations.add(new ApiOperation(method.name(), path, item, operation))));
        return operations;
    }

    public String label() {
        return method + " " + path;
    }

    public List<Parameter> parameters() {
        List<Parameter> parameters = new ArrayList<>();
        if (pathItem.getParameters() != null) {
            parameters.addAll(pathItem.getParameters());
        }
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
        }
        return parameters;
    }

    public boolean isPublic() {
        return operation.getSecurity() != null && operation.getSecurity().isEmpty();
    }

    public Map<String, Object> extensions() {
        return operation.getExtensions() == null ? Map.of() : operation.getExtensions();
    }
}
