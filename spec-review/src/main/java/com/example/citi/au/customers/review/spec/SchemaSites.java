package com.example.citi.au.customers.review.spec;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * The properties openapi-style-validator does not look at: those of schemas nested in a property,
 * in array items or in allOf/anyOf/oneOf, and those of schemas declared inline in parameters,
 * headers, request bodies and responses. (It checks the direct properties of components.schemas.)
 */
public final class SchemaSites {

    public record Property(String owner, String name, Schema<?> schema) {

        /** A $ref, or an array of $ref, is documented where it points. */
        public boolean documentsItself() {
            return schema.get$ref() != null || (schema.getItems() != null && schema.getItems().get$ref() != null);
        }
    }

    private final List<Property> nested = new ArrayList<>();

    private SchemaSites() {
    }

    public static List<Property> nestedProperties(OpenAPI api) {
        SchemaSites sites = new SchemaSites();
        sites.collect(api);
        return sites.nested;
    }

    private void collect(OpenAPI api) {
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        each(components.getSchemas(), (name, schema) -> children(schema, "components.schemas." + name));
        each(components.getParameters(), (name, parameter) -> parameter(parameter, "components.parameters." + name));
        each(components.getHeaders(), (name, header) -> header(header, "components.headers." + name));
        each(components.getRequestBodies(), (name, body) -> requestBody(body, "components.requestBodies." + name));
        each(components.getResponses(), (name, response) -> response(response, "components.responses." + name));
        each(api.getPaths(), (path, item) -> {
            if (item.getParameters() != null) {
                item.getParameters().forEach(parameter -> parameter(parameter, path + " parameter " + parameter.getName()));
            }
        });
        for (ApiOperation operation : ApiOperation.all(api)) {
            String site = operation.label();
            if (operation.operation().getParameters() != null) {
                operation.operation().getParameters()
                        .forEach(parameter -> parameter(parameter, site + " parameter " + parameter.getName()));
            }
            if (operation.operation().getRequestBody() != null) {
                requestBody(operation.operation().getRequestBody(), site + " request body");
            }
            each(operation.operation().getResponses(), (status, response) -> response(response, site + " response " + status));
        }
    }

    private void parameter(Parameter parameter, String site) {
        if (parameter.get$ref() == null) {
            schema(parameter.getSchema(), site);
            content(parameter.getContent(), site);
        }
    }

    private void header(Header header, String site) {
        if (header.get$ref() == null) {
            schema(header.getSchema(), site);
            content(header.getContent(), site);
        }
    }

    private void requestBody(RequestBody body, String site) {
        if (body.get$ref() == null) {
            content(body.getContent(), site);
        }
    }

    private void response(ApiResponse response, String site) {
        if (response.get$ref() == null) {
            content(response.getContent(), site);
            each(response.getHeaders(), (name, header) -> header(header, site + " header " + name));
        }
    }

    private void content(Content content, String site) {
        each(content, (mediaType, media) -> schema(media.getSchema(), site + " " + mediaType));
    }

    /** A schema whose own properties count as nested. */
    private void schema(Schema<?> schema, String site) {
        if (schema == null || schema.get$ref() != null) {
            return;
        }
        each(schema.getProperties(), (name, property) -> nested.add(new Property(site, name, property)));
        children(schema, site);
    }

    /** What lies below a schema: its properties' schemas, items, compositions, additional properties. */
    @SuppressWarnings("rawtypes")
    private void children(Schema<?> schema, String site) {
        if (schema == null || schema.get$ref() != null) {
            return;
        }
        each(schema.getProperties(), (name, property) -> schema(property, site + "." + name));
        schema(schema.getItems(), site + "[]");
        for (List<Schema> members : compositions(schema)) {
            members.forEach(member -> schema(member, site));
        }
        if (schema.getAdditionalProperties() instanceof Schema<?> additional) {
            schema(additional, site + "{}");
        }
    }

    @SuppressWarnings("rawtypes")
    private static List<List<Schema>> compositions(Schema<?> schema) {
        return Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()).filter(Objects::nonNull).toList();
    }

    private static <K, V> void each(Map<K, V> map, BiConsumer<K, V> action) {
        if (map != null) {
            map.forEach(action);
        }
    }
}
