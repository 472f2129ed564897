package com.example.citi.au.customers.review.lint;

import com.example.citi.au.customers.review.spec.ApiOperation;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;

final class ExampleCoverageCheck implements SpecCheck {

    private final OpenAPI api;

    ExampleCoverageCheck(OpenAPI api) {
        this.api = api;
    }

    @Override
    public List<String> findings() {
        List<String> findings = new ArrayList<>();
        if (api.getComponents() != null && api.getComponents().getResponses() != null) {
            api.getComponents().getResponses().forEach((name, response) -> {
                if (lacksExample(response)) {
                    findings.add("components.responses." + name + ": response body has no example");
                }
            });
        }
        for (ApiOperation operation : ApiOperation.all(api)) {
            if (operation.operation().getResponses() != null) {
                operation.operation().getResponses().forEach((status, response) -> {
                    if (lacksExample(response)) {
                        findings.add(operation.label() + ": response " + status + " body has no example");
                    }
                });
            }
        }
        return findings;
    }

    private static boolean lacksExample(ApiResponse response) {
        return response.get$ref() == null
                && response.getContent() != null
                && !response.getContent().isEmpty()
                && response.getContent().values().stream().noneMatch(ExampleCoverageCheck::hasExample);
    }

    private static boolean hasExample(MediaType media) {
        return media.getExample() != null || (media.getExamples() != null && !media.getExamples().isEmpty());
    }
}
