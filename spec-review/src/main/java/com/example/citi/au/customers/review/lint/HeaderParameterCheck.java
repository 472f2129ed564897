package com.example.citi.au.customers.review.lint;

import com.example.citi.au.customers.review.spec.ApiOperation;
import com.example.citi.au.customers.review.spec.LocalRefs;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The headers every operation takes (the rules' requiredHeaderParameters) are declared once under
 * components.parameters and referenced by every operation, except a {@code :bearer} one by an
 * operation that takes no bearer token (a public one, or one that authenticates its client with HTTP
 * Basic) and a {@code :body} one by an operation without a body.
 */
final class HeaderParameterCheck implements SpecCheck {

    private static final String COMPONENT_REF = "#/components/parameters/";
    private static final String BEARER = ":bearer";
    private static final String BODY = ":body";

    private final OpenAPI api;
    private final LocalRefs refs;
    private final List<String> requiredHeaders;
    private final List<String> optionalHeaders;

    HeaderParameterCheck(OpenAPI api, StyleRules rules) {
        this.api = api;
        this.refs = new LocalRefs(api);
        this.requiredHeaders = rules.requiredHeaderParameters();
        this.optionalHeaders = rules.optionalHeaderParameters();
    }

    @Override
    public List<String> findings() {
        List<String> findings = new ArrayList<>();
        requiredHeaders.forEach(entry -> findings.addAll(componentProblems(name(entry), true)));
        optionalHeaders.stream().filter(componentParameters()::containsKey)
                .forEach(name -> findings.addAll(componentProblems(name, false)));
        for (ApiOperation operation : ApiOperation.all(api)) {
            Set<String> referenced = operation.parameters().stream()
                    .map(Parameter::get$ref)
                    .filter(Objects::nonNull)
                    .collect(Collectors.toSet());
            expectedHeaders(operation).stream()
                    .filter(header -> !referenced.contains(COMPONENT_REF + header))
                    .forEach(header -> findings.add(operation.label() + ": missing header parameter " + header));
        }
        return findings;
    }

    private List<String> expectedHeaders(ApiOperation operation) {
        return requiredHeaders.stream()
                .filter(entry -> !(entry.endsWith(BEARER) && !takesBearerToken(operation)))
                .filter(entry -> !(entry.endsWith(BODY) && operation.operation().getRequestBody() == null))
                .map(HeaderParameterCheck::name)
                .toList();
    }

    private boolean takesBearerToken(ApiOperation operation) {
        List<SecurityRequirement> security = operation.operation().getSecurity() != null
                ? operation.operation().getSecurity() : api.getSecurity();
        Map<String, SecurityScheme> schemes = api.getComponents() == null
                || api.getComponents().getSecuritySchemes() == null ? Map.of() : api.getComponents().getSecuritySchemes();
        return security != null && security.stream().flatMap(requirement -> requirement.keySet().stream())
                .map(schemes::get)
                .anyMatch(scheme -> scheme != null && (scheme.getType() == SecurityScheme.Type.OAUTH2
                        || scheme.getType() == SecurityScheme.Type.OPENIDCONNECT
                        || scheme.getType() == SecurityScheme.Type.HTTP && "bearer".equalsIgnoreCase(scheme.getScheme())));
    }

    private static String name(String entry) {
        int colon = entry.indexOf(':');
        return colon < 0 ? entry : entry.substring(0, colon);
    }

    private List<String> componentProblems(String name, boolean required) {
        String location = "components.parameters." + name;
        Optional<Parameter> parameter = Optional.ofNullable(componentParameters().get(name)).flatMap(refs::parameter);
        if (parameter.isEmpty()) {
            return List.of(location + ": not defined");
        }
        List<String> problems = new ArrayList<>();
        if (!"header".equals(parameter.get().getIn())) {
            problems.add(location + ": must be in: header");
        }
        if (required != Boolean.TRUE.equals(parameter.get().getRequired())) {
            problems.add(location + (required ? ": must be required: true" : ": must not be required"));
        }
        return problems;
    }

    private Map<String, Parameter> componentParameters() {
        return api.getComponents() == null || api.getComponents().getParameters() == null
                ? Map.of()
                : api.getComponents().getParameters();
    }
}
