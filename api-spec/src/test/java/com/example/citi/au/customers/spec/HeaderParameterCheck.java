package com.example.citi.au.customers.spec;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

final class HeaderParameterCheck implements SpecCheck {

    private static final String COMPONENT_REF = "#/components/parameters/";
    private static final List<String> REQUIRED_HEADERS = List.of("Authorization", "Uuid", "Accept", "ClientId", "ContentType");
    private static final String OPTIONAL_HEADER = "ClientDetails";

    private final OpenAPI api;
    private final LocalRefs refs;

    HeaderParameterCheck(OpenAPI api) {
        this.api = api;
        this.refs = new LocalRefs(api);
    }

    @Override
    public List<String> findings() {
        List<String> findings = new ArrayList<>();
        REQUIRED_HEADERS.forEach(name -> findings.addAll(componentProblems(name, true)));
        if (componentParameters().containsKey(OPTIONAL_HEADER)) {
            findings.addAll(componentProblems(OPTIONAL_HEADER, false));
        }
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

    private static List<String> expectedHeaders(ApiOperation operation) {
        List<String> expected = new ArrayList<>(REQUIRED_HEADERS);
        if (operation.isPublic()) {
            expected.remove("Authorization");
        }
        if (operation.operation().getRequestBody() == null) {
            expected.remove("ContentType");
        }
        return expected;
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
