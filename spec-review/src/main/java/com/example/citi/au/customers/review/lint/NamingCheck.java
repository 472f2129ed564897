package com.example.citi.au.customers.review.lint;

import com.example.citi.au.customers.review.spec.ApiOperation;
import com.example.citi.au.customers.review.spec.SchemaSites;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * The naming rules openapi-style-validator cannot express: header names with the rules' exceptions,
 * parameters declared under components or on a path, and properties of nested or inline schemas.
 */
final class NamingCheck implements SpecCheck {

    private static final Pattern CAMEL_CASE = Pattern.compile("^[a-z][a-zA-Z0-9]*$");
    private static final Pattern HYPHEN_UPPER_CASE = Pattern.compile("^[A-Z][a-z0-9]*(-[A-Z][a-z0-9]*)*$");

    private final OpenAPI api;
    private final List<String> headerNameExceptions;

    NamingCheck(OpenAPI api, StyleRules rules) {
        this.api = api;
        this.headerNameExceptions = rules.headerNameExceptions();
    }

    @Override
    public List<String> findings() {
        List<String> findings = new ArrayList<>();
        if (api.getComponents() != null) {
            each(api.getComponents().getParameters(), (name, parameter) ->
                    parameter(findings, "components.parameters." + name, parameter, true));
            each(api.getComponents().getResponses(), (name, response) ->
                    responseHeaders(findings, "components.responses." + name, response));
        }
        each(api.getPaths(), (path, item) -> {
            if (item.getParameters() != null) {
                item.getParameters().forEach(parameter -> parameter(findings, path, parameter, true));
            }
        });
        for (ApiOperation operation : ApiOperation.all(api)) {
            if (operation.operation().getParameters() != null) {
                // openapi-style-validator names the other parameters declared on an operation
                operation.operation().getParameters()
                        .forEach(parameter -> parameter(findings, operation.label(), parameter, false));
            }
            each(operation.operation().getResponses(), (status, response) ->
                    responseHeaders(findings, operation.label() + ": response " + status, response));
        }
        SchemaSites.nestedProperties(api).stream()
                .filter(property -> !CAMEL_CASE.matcher(property.name()).matches())
                .forEach(property -> findings.add(property.owner() + ": property '" + property.name()
                        + "' is not camelCase"));
        return findings;
    }

    private void parameter(List<String> findings, String site, Parameter parameter, boolean allKinds) {
        if (parameter.get$ref() != null || parameter.getName() == null) {
            return;
        }
        if ("header".equals(parameter.getIn())) {
            header(findings, site, parameter.getName());
        } else if (allKinds && !CAMEL_CASE.matcher(parameter.getName()).matches()) {
            findings.add(site + ": " + parameter.getIn() + " parameter '" + parameter.getName() + "' is not camelCase");
        }
    }

    private void responseHeaders(List<String> findings, String site, ApiResponse response) {
        if (response.get$ref() == null) {
            each(response.getHeaders(), (name, header) -> header(findings, site, name));
        }
    }

    private void header(List<String> findings, String site, String name) {
        if (!headerNameExceptions.contains(name) && !HYPHEN_UPPER_CASE.matcher(name).matches()) {
            findings.add(site + ": header '" + name + "' is neither Hyphen-Upper-Case nor one of the header name exceptions "
                    + String.join(", ", headerNameExceptions));
        }
    }

    private static <K, V> void each(Map<K, V> map, BiConsumer<K, V> action) {
        if (map != null) {
            map.forEach(action);
        }
    }
}
