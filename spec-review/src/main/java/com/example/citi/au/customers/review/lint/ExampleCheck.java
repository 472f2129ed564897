package com.example.citi.au.customers.review.lint;

import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.example.citi.au.customers.review.spec.ApiOperation;
import com.example.citi.au.customers.review.spec.LocalRefs;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

final class ExampleCheck implements SpecCheck {

    private static final String REQUEST_BODY = "request.body";
    private static final String RESPONSE_BODY = "response.body";
    private static final String REQUEST_PARAMETER = "request.parameter";
    private static final String RESPONSE_HEADER = "response.header";

    private final OpenAPI api;
    private final LocalRefs refs;
    private final SchemaValidator validator;

    ExampleCheck(OpenAPI api) {
        this.api = api;
        this.refs = new LocalRefs(api);
        this.validator = new SchemaValidator(api, new MessageResolver());
    }

    @Override
    public List<String> findings() {
        List<String> findings = new ArrayList<>();
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        forEach(components.getParameters(), (name, parameter) ->
                parameter(findings, new Site("components.parameters." + name), parameter));
        forEach(components.getHeaders(), (name, header) ->
                header(findings, new Site("components.headers." + name), header));
        forEach(components.getRequestBodies(), (name, body) ->
                requestBody(findings, new Site("components.requestBodies." + name), body));
        forEach(components.getResponses(), (name, response) ->
                response(findings, new Site("components.responses." + name), response));
        forEach(api.getPaths(), (path, item) -> {
            if (item.getParameters() != null) {
                item.getParameters().forEach(parameter ->
                        parameter(findings, new Site(path).then("parameter " + parameter.getName()), parameter));
            }
        });
        for (ApiOperation operation : ApiOperation.all(api)) {
            Site site = new Site(operation.label());
            if (operation.operation().getParameters() != null) {
                operation.operation().getParameters().forEach(parameter ->
                        parameter(findings, site.then("parameter " + parameter.getName()), parameter));
            }
            if (operation.operation().getRequestBody() != null) {
                requestBody(findings, site.then("request body"), operation.operation().getRequestBody());
            }
            forEach(operation.operation().getResponses(), (status, response) ->
                    response(findings, site.then("response " + status), response));
        }
        return findings;
    }

    private void parameter(List<String> findings, Site site, Parameter parameter) {
        if (parameter.get$ref() == null) {
            samples(findings, site, parameter.getSchema(), parameter.getExample(), parameter.getExamples(), REQUEST_PARAMETER);
            content(findings, site, parameter.getContent(), REQUEST_PARAMETER);
        }
    }

    private void header(List<String> findings, Site site, Header header) {
        if (header.get$ref() == null) {
            samples(findings, site, header.getSchema(), header.getExample(), header.getExamples(), RESPONSE_HEADER);
            content(findings, site, header.getContent(), RESPONSE_HEADER);
        }
    }

    private void requestBody(List<String> findings, Site site, RequestBody body) {
        if (body.get$ref() == null) {
            content(findings, site, body.getContent(), REQUEST_BODY);
        }
    }

    private void response(List<String> findings, Site site, ApiResponse response) {
        if (response.get$ref() == null) {
            content(findings, site, response.getContent(), RESPONSE_BODY);
            forEach(response.getHeaders(), (name, header) -> header(findings, site.then("header " + name), header));
        }
    }

    private void content(List<String> findings, Site site, Content content, String direction) {
        forEach(content, (mediaType, media) ->
                samples(findings, site.then(mediaType), media.getSchema(), media.getExample(), media.getExamples(), direction));
    }

    private void samples(List<String> findings, Site site, Schema<?> schema, Object example,
                         Map<String, Example> examples, String direction) {
        if (example != null) {
            validate(findings, site.then("example"), schema, example, direction);
        }
        forEach(examples, (name, named) -> {
            Site exampleSite = site.then("example '" + name + "'");
            refs.example(named).ifPresentOrElse(
                    resolved -> {
                        if (resolved.getValue() != null) {
                            validate(findings, exampleSite, schema, resolved.getValue(), direction);
                        }
                    },
                    () -> findings.add(exampleSite.finding("$ref " + named.get$ref() + " does not resolve")));
        });
    }

    private void validate(List<String> findings, Site site, Schema<?> schema, Object value, String direction) {
        if (schema == null) {
            findings.add(site.finding("has no schema to validate against"));
            return;
        }
        JsonNode node = Json.mapper().valueToTree(value);
        try {
            validator.validate(() -> node, schema, direction).getMessages().stream()
                    .filter(message -> message.getLevel() == ValidationReport.Level.ERROR
                            || message.getLevel() == ValidationReport.Level.WARN)
                    .forEach(message -> findings.add(site.finding(describe(message))));
        } catch (RuntimeException e) {
            findings.add(site.finding("could not be validated: " + e));
        }
    }

    private static String describe(ValidationReport.Message message) {
        if (message.getNestedMessages().isEmpty()) {
            return message.getMessage();
        }
        return message.getMessage() + " (" + message.getNestedMessages().stream()
                .map(ExampleCheck::describe)
                .collect(Collectors.joining("; ")) + ")";
    }

    private static <K, V> void forEach(Map<K, V> map, BiConsumer<K, V> action) {
        if (map != null) {
            map.forEach(action);
        }
    }

    private record Site(String where, String what) {

        Site(String where) {
            this(where, "");
        }

        Site then(String part) {
            return new Site(where, what.isEmpty() ? part : what + " " + part);
        }

        String finding(String detail) {
            return where + ": " + what + ": " + detail;
        }
    }
}
