package com.example.citi.au.customers.review.lint;

import com.example.citi.au.customers.review.spec.ApiOperation;
import com.example.citi.au.customers.review.spec.LocalRefs;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every input is bounded, as the OWASP API Security ruleset asks (API4:2023, unrestricted resource
 * consumption): every string of a request or a parameter has a maxLength, or is an enum, or has a
 * format that bounds it (date, date-time, uuid); every integer has a minimum and a maximum, and every
 * array a maxItems, in requests, parameters and responses alike.
 */
final class ResourceLimitCheck implements SpecCheck {

    private static final Set<String> BOUNDED_FORMATS = Set.of("date", "date-time", "uuid");
    private static final String COMPONENT_SCHEMA = "#/components/schemas/";

    private final OpenAPI api;
    private final LocalRefs refs;
    private final Set<String> findings = new TreeSet<>();
    private final Set<String> visited = new HashSet<>();

    ResourceLimitCheck(OpenAPI api) {
        this.api = api;
        this.refs = new LocalRefs(api);
    }

    @Override
    public List<String> findings() {
        for (ApiOperation operation : ApiOperation.all(api)) {
            for (Parameter declared : operation.parameters()) {
                String site = declared.get$ref() != null
                        ? declared.get$ref().replace("#/", "").replace('/', '.')
                        : operation.label() + " " + declared.getIn() + " parameter " + declared.getName();
                refs.parameter(declared).ifPresent(parameter -> walk(parameter.getSchema(), site, true));
            }
            if (operation.operation().getRequestBody() != null) {
                refs.requestBody(operation.operation().getRequestBody())
                        .ifPresent(body -> content(body.getContent(), operation.label() + " request body", true));
            }
            if (operation.operation().getResponses() != null) {
                operation.operation().getResponses().forEach((status, declared) -> refs.response(declared)
                        .ifPresent(response -> content(response.getContent(),
                                operation.label() + " response " + status, false)));
            }
        }
        return new ArrayList<>(findings);
    }

    private void content(Content content, String site, boolean input) {
        if (content != null) {
            content.values().forEach(media -> walk(media.getSchema(), site, input));
        }
    }

    private void walk(Schema<?> schema, String site, boolean input) {
        if (schema == null) {
            return;
        }
        if (schema.get$ref() != null) {
            String ref = schema.get$ref();
            if (ref.startsWith(COMPONENT_SCHEMA) && visited.add(ref + input)) {
                String name = ref.substring(COMPONENT_SCHEMA.length());
                walk(components().get(name), "components.schemas." + name, input);
            }
            return;
        }
        String type = type(schema);
        if ("string".equals(type) && input && schema.getMaxLength() == null && isEmpty(schema.getEnum())
                && !BOUNDED_FORMATS.contains(String.valueOf(schema.getFormat()))) {
            findings.add(site + ": string without maxLength, enum or a bounded format (date, date-time, uuid)");
        }
        if ("integer".equals(type) && (schema.getMinimum() == null || schema.getMaximum() == null)) {
            findings.add(site + ": integer without " + (schema.getMinimum() == null && schema.getMaximum() == null
                    ? "minimum and maximum" : schema.getMinimum() == null ? "minimum" : "maximum"));
        }
        if ("array".equals(type) && schema.getMaxItems() == null) {
            findings.add(site + ": array without maxItems");
        }
        walk(schema.getItems(), site + "[]", input);
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((name, property) -> walk(property, site + "." + name, input));
        }
        if (schema.getAdditionalProperties() instanceof Schema<?> values) {
            walk(values, site + "{}", input);
        }
        for (List<Schema> alternatives : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (alternatives != null) {
                alternatives.forEach(alternative -> walk(alternative, site, input));
            }
        }
    }

    /** OpenAPI 3.1 may give the type as a list, with "null" beside it. */
    private static String type(Schema<?> schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        if (schema.getTypes() != null) {
            return schema.getTypes().stream().filter(type -> !"null".equals(type)).findFirst().orElse(null);
        }
        return null;
    }

    private Map<String, Schema> components() {
        return api.getComponents() == null || api.getComponents().getSchemas() == null
                ? Map.of()
                : api.getComponents().getSchemas();
    }

    private static boolean isEmpty(List<?> values) {
        return values == null || values.isEmpty();
    }
}
