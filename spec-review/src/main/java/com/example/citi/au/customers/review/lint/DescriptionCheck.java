package com.example.citi.au.customers.review.lint;

import com.example.citi.au.customers.review.spec.ApiOperation;
import com.example.citi.au.customers.review.spec.SchemaSites;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Descriptions where openapi-style-validator does not ask for them: tags, security schemes,
 * component schemas, parameters, headers, responses and the properties of nested or inline schemas.
 */
final class DescriptionCheck implements SpecCheck {

    private static final String MISSING = ": missing description";

    private final OpenAPI api;

    DescriptionCheck(OpenAPI api) {
        this.api = api;
    }

    @Override
    public List<String> findings() {
        List<String> findings = new ArrayList<>();
        if (api.getTags() != null) {
            api.getTags().stream()
                    .filter(tag -> isBlank(tag.getDescription()))
                    .forEach(tag -> findings.add("tag '" + tag.getName() + "'" + MISSING));
        }
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        each(components.getSecuritySchemes(), (name, scheme) -> {
            if (scheme.get$ref() == null && isBlank(scheme.getDescription())) {
                findings.add("components.securitySchemes." + name + MISSING);
            }
        });
        each(components.getSchemas(), (name, schema) -> {
            if (schema.get$ref() == null && isBlank(schema.getDescription())) {
                findings.add("components.schemas." + name + MISSING);
            }
        });
        each(components.getParameters(), (name, parameter) -> parameter(findings, "components.parameters." + name, parameter));
        each(components.getHeaders(), (name, header) -> header(findings, "components.headers." + name, header));
        each(components.getResponses(), (name, response) -> response(findings, "components.responses." + name, response));
        each(api.getPaths(), (path, item) -> {
            if (item.getParameters() != null) {
                item.getParameters().forEach(parameter ->
                        parameter(findings, path + ": parameter " + parameter.getName(), parameter));
            }
        });
        for (ApiOperation operation : ApiOperation.all(api)) {
            if (operation.operation().getParameters() != null) {
                operation.operation().getParameters().forEach(parameter ->
                        parameter(findings, operation.label() + ": parameter " + parameter.getName(), parameter));
            }
            each(operation.operation().getResponses(), (status, response) ->
                    response(findings, operation.label() + ": response " + status, response));
        }
        SchemaSites.nestedProperties(api).stream()
                .filter(property -> !property.documentsItself() && isBlank(property.schema().getDescription()))
                .forEach(property -> findings.add(property.owner() + ": property '" + property.name() + "'" + MISSING));
        return findings;
    }

    private static void parameter(List<String> findings, String site, Parameter parameter) {
        if (parameter.get$ref() == null && isBlank(parameter.getDescription())) {
            findings.add(site + MISSING);
        }
    }

    private static void header(List<String> findings, String site, Header header) {
        if (header.get$ref() == null && isBlank(header.getDescription())) {
            findings.add(site + MISSING);
        }
    }

    private static void response(List<String> findings, String site, ApiResponse response) {
        if (response.get$ref() != null) {
            return;
        }
        if (isBlank(response.getDescription())) {
            findings.add(site + MISSING);
        }
        each(response.getHeaders(), (name, header) -> header(findings, site + " header " + name, header));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static <K, V> void each(Map<K, V> map, BiConsumer<K, V> action) {
        if (map != null) {
            map.forEach(action);
        }
    }
}
