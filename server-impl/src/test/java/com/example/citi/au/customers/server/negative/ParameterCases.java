package com.example.citi.au.customers.server.negative;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every query and path parameter of an operation of the wrong type, too long, outside its
 * enum, pattern, format or range, empty, repeated, and carrying injection-looking strings,
 * while every other parameter keeps its example value.
 */
final class ParameterCases {

    private final String operationId;
    private final String pathTemplate;
    private final List<Parameter> parameters;
    private final Probe valid;
    private final List<NegativeCase> cases = new ArrayList<>();

    private ParameterCases(String operationId, String pathTemplate, List<Parameter> parameters, Probe valid) {
        this.operationId = operationId;
        this.pathTemplate = pathTemplate;
        this.parameters = parameters;
        this.valid = valid;
    }

    /** The operation's path and query with every parameter at its example value. */
    static Probe withExampleValues(Probe probe, String pathTemplate, List<Parameter> parameters) {
        return probe.withPath(path(pathTemplate, parameters, null, null)).withQuery(query(parameters, null, null));
    }

    static List<NegativeCase> of(String operationId, String pathTemplate, List<Parameter> parameters, Probe valid) {
        ParameterCases generator = new ParameterCases(operationId, pathTemplate, parameters, valid);
        parameters.forEach(generator::parameter);
        return generator.cases;
    }

    private void parameter(Parameter parameter) {
        String name = parameter.getName();
        Schema<?> schema = parameter.getSchema();
        String example = exampleOf(parameter);
        boolean inPath = "path".equals(parameter.getIn());
        malformedValues(schema, example).forEach((defect, value) -> {
            if (!(inPath && value.isBlank())) {
                add(Category.PARAMETER, parameter, defect, value, expected(name, value, inPath));
            }
        });
        if (!inPath) {
            String repeated = query(parameters, null, null) + "&" + encode(name) + "=" + encode(example);
            cases.add(new NegativeCase(operationId, Category.PARAMETER, name, "repeated", valid.withQuery(repeated),
                    Expectation.invalid(name)));
        }
        InjectionStrings.ALL.forEach((defect, value) -> add(Category.INJECTION, parameter, defect, value,
                SchemaRules.keeps(schema, value) ? Expectation.tolerated() : expected(name, value, inPath)));
        atLimitValues(schema, example).forEach((bound, value) ->
                add(Category.BOUNDARY, parameter, bound, value, Expectation.atLimit(name)));
    }

    /** The values exactly at the parameter's bounds, other than its example. */
    private static Map<String, String> atLimitValues(Schema<?> schema, String example) {
        Map<String, String> values = new LinkedHashMap<>();
        if ("integer".equals(schema.getType())) {
            if (schema.getMinimum() != null) {
                values.put("at minimum (" + schema.getMinimum().toPlainString() + ")", schema.getMinimum().toPlainString());
            }
            if (schema.getMaximum() != null) {
                values.put("at maximum (" + schema.getMaximum().toPlainString() + ")", schema.getMaximum().toPlainString());
            }
            values.values().removeIf(example::equals);
            return values;
        }
        return AtLimitStrings.of(schema, example);
    }

    /** Tomcat refuses some values before the application can name the parameter. */
    private static Expectation expected(String name, String value, boolean inPath) {
        Expectation invalid = Expectation.invalid(name);
        boolean refusedByContainer = ContainerLimits.overlongForRequestHead(encode(value))
                || inPath && ContainerLimits.refusedInPath(value);
        return refusedByContainer ? invalid.orContainerRejection() : invalid;
    }

    private static Map<String, String> malformedValues(Schema<?> schema, String example) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("empty", "");
        String type = String.valueOf(schema.getType());
        if (type.equals("integer")) {
            if (schema.getMinimum() != null) {
                values.put("below minimum", schema.getMinimum().subtract(BigDecimal.ONE).toPlainString());
            }
            if (schema.getMaximum() != null) {
                values.put("above maximum", schema.getMaximum().add(BigDecimal.ONE).toPlainString());
            }
            values.put("word", "many");
            values.put("fraction", "1.5");
            values.put("exponent", "1e1");
            values.put("hexadecimal", "0x10");
            values.put("beyond int32", "2147483648");
            values.put("boolean", "true");
        } else {
            values.putAll(ViolatingStrings.of(schema, example));
            values.put("encoded CRLF", example + "\r\nX-Injected: 1");
            values.put("encoded NUL", example + "\u0000");
            values.values().removeIf(value -> SchemaRules.keeps(schema, value));
        }
        Map<String, String> distinct = new LinkedHashMap<>();
        values.forEach((defect, value) -> {
            if (!distinct.containsValue(value)) {
                distinct.put(defect, value);
            }
        });
        return distinct;
    }

    private void add(Category category, Parameter parameter, String defect, String value, Expectation expectation) {
        Probe probe = "path".equals(parameter.getIn())
                ? valid.withPath(path(pathTemplate, parameters, parameter.getName(), value))
                : valid.withQuery(query(parameters, parameter.getName(), value));
        cases.add(new NegativeCase(operationId, category, parameter.getName(), defect, probe, expectation));
    }

    private static String path(String template, List<Parameter> parameters, String changed, String value) {
        String path = template;
        for (Parameter parameter : parameters) {
            if ("path".equals(parameter.getIn())) {
                String text = parameter.getName().equals(changed) ? value : exampleOf(parameter);
                path = path.replace("{" + parameter.getName() + "}", encode(text).replace("+", "%20"));
            }
        }
        return path;
    }

    private static String query(List<Parameter> parameters, String changed, String value) {
        List<String> pairs = new ArrayList<>();
        for (Parameter parameter : parameters) {
            if ("query".equals(parameter.getIn())) {
                String text = parameter.getName().equals(changed) ? value : exampleOf(parameter);
                pairs.add(encode(parameter.getName()) + "=" + encode(text));
            }
        }
        return String.join("&", pairs);
    }

    static String exampleOf(Parameter parameter) {
        Object example = parameter.getExample() != null ? parameter.getExample() : parameter.getSchema().getExample();
        return String.valueOf(example);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
