package com.example.citi.au.customers.server.negative;

import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Walks an operation's request body schema alongside its example and breaks one thing at a
 * time: the body as a whole (not JSON, wrong shape, too deep, too large), and every field
 * (missing, null, wrong JSON type, too long, off-pattern, outside enum or range, too many or
 * too few items, and injection-looking strings). The expected location is the field's path.
 */
final class BodyCases {

    /** Past the largest legitimate body, the 1 MiB image as base64 (about 1.4 MB). */
    static final int OVERSIZED_BODY_BYTES = 2 * 1024 * 1024 + 1024;
    static final int DEEP_NESTING = 10_000;

    private final String operationId;
    private final Probe valid;
    private final JsonNode example;
    private final List<NegativeCase> cases = new ArrayList<>();

    private BodyCases(String operationId, Probe valid, JsonNode example) {
        this.operationId = operationId;
        this.valid = valid;
        this.example = example;
    }

    static List<NegativeCase> of(String operationId, Probe valid, Schema<?> schema, JsonNode example) {
        BodyCases generator = new BodyCases(operationId, valid, example);
        generator.wholeBody();
        generator.object(schema, BodyPath.ROOT, example);
        return generator.cases;
    }

    private void wholeBody() {
        String json = valid.body();
        String unbraced = json.substring(1, json.length() - 1);
        wholeBody("empty", "");
        wholeBody("unclosed object", "{");
        wholeBody("not JSON", "garbage");
        wholeBody("missing value", "{\"a\":}");
        wholeBody("XML", "<request><a>1</a></request>");
        wholeBody("single quotes", json.replace('"', '\''));
        wholeBody("comment", "/* comment */" + json);
        wholeBody("trailing garbage", json + " x");
        wholeBody("two documents", json + json);
        wholeBody("trailing comma", "{" + unbraced + ",}");
        wholeBody("unquoted names", json.replaceAll("\"([A-Za-z]+)\":", "$1:"));
        wholeBody("array instead of object", "[" + json + "]");
        wholeBody("string instead of object", "\"text\"");
        wholeBody("number instead of object", "1");
        wholeBody("boolean instead of object", "true");
        wholeBody("null instead of object", "null");
        wholeBody("10000 nested arrays", "[".repeat(DEEP_NESTING) + "]".repeat(DEEP_NESTING));
        wholeBody("10000 nested objects", "{\"a\":".repeat(DEEP_NESTING) + "1" + "}".repeat(DEEP_NESTING));
        wholeBody("10000 nested arrays in an extra field",
                "{" + unbraced + ",\"extra\":" + "[".repeat(DEEP_NESTING) + "]".repeat(DEEP_NESTING) + "}");
        String oversized = "{" + unbraced + ",\"padding\":\"" + "x".repeat(OVERSIZED_BODY_BYTES) + "\"}";
        wholeBody("over the size limit (2 MiB + 1 KiB)", oversized);
        cases.add(new NegativeCase(operationId, Category.BODY, "body", "over the size limit, chunked (2 MiB + 1 KiB)",
                valid.withBody(oversized).withHeader(HeaderChange.set(RawHttpClient.TRANSFER_ENCODING, "chunked")),
                Expectation.invalid("body")));
    }

    private void wholeBody(String defect, String body) {
        cases.add(new NegativeCase(operationId, Category.BODY, "body", defect, valid.withBody(body), Expectation.invalid("body")));
    }

    private void object(Schema<?> schema, BodyPath path, JsonNode node) {
        if (schema.getMinProperties() != null && schema.getMinProperties() > 0) {
            replace(path, "no properties (minProperties " + schema.getMinProperties() + ")", "{}");
        }
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        properties.forEach((name, property) -> {
            BodyPath child = path.property(name);
            JsonNode value = node.get(name);
            if (required.contains(name) && value != null) {
                mutate(child, "missing required", BodyMutation.remove(child), Expectation.invalid(child.location()));
                if (!Boolean.TRUE.equals(property.getNullable())) {
                    replace(child, "null", "null");
                }
            }
            value(property, child, value);
        });
    }

    private void value(Schema<?> schema, BodyPath path, JsonNode value) {
        switch (typeOf(schema)) {
            case "object" -> {
                wrongTypes(path, "object");
                if (value != null && value.isObject()) {
                    object(schema, path, value);
                }
            }
            case "array" -> array(schema, path, value);
            case "string" -> string(schema, path, value);
            case "integer" -> integer(schema, path);
            case "number" -> number(schema, path);
            case "boolean" -> {
                wrongTypes(path, "boolean");
                replace(path, "boolean as string", "\"true\"");
                replace(path, "yes", "\"yes\"");
                replace(path, "zero", "0");
            }
            default -> throw new IllegalStateException("no mutations for schema type " + typeOf(schema) + " at " + path.location());
        }
    }

    private void array(Schema<?> schema, BodyPath path, JsonNode value) {
        wrongTypes(path, "array");
        Schema<?> items = schema.getItems();
        JsonNode first = value != null && value.isArray() && !value.isEmpty() ? value.get(0) : null;
        if (first == null) {
            return;
        }
        if (schema.getMinItems() != null && schema.getMinItems() > 0) {
            replace(path, "empty array (minItems " + schema.getMinItems() + ")", "[]");
        }
        if (schema.getMaxItems() != null) {
            replace(path, "too many items (" + (schema.getMaxItems() + 1) + ")", repeatedItems(items, first, schema.getMaxItems() + 1));
            if (canRepeat(schema, items, schema.getMaxItems())) {
                atLimit(path, "at maxItems (" + schema.getMaxItems() + ")", repeatedItems(items, first, schema.getMaxItems()));
            }
        }
        if (Boolean.TRUE.equals(schema.getUniqueItems())) {
            replace(path, "duplicate items", "[" + first + "," + first + "]");
        }
        value(items, path.index(0), first);
    }

    /** Repeated items keep the array valid unless it asks for unique items the enum cannot supply. */
    private static boolean canRepeat(Schema<?> array, Schema<?> items, int count) {
        if (!Boolean.TRUE.equals(array.getUniqueItems()) || count <= 1) {
            return true;
        }
        return items.getEnum() != null && items.getEnum().size() >= count;
    }

    /** Distinct values where the items are an enum, so a set cannot fold them into fewer. */
    private static String repeatedItems(Schema<?> items, JsonNode first, int count) {
        List<String> values = new ArrayList<>();
        List<?> allowed = items.getEnum();
        for (int i = 0; i < count; i++) {
            values.add(allowed != null && !allowed.isEmpty() ? JsonText.quote(String.valueOf(allowed.get(i % allowed.size()))) : first.toString());
        }
        return "[" + String.join(",", values) + "]";
    }

    private void string(Schema<?> schema, BodyPath path, JsonNode value) {
        wrongTypes(path, "string");
        String example = value != null && value.isString() ? value.asString() : exampleOf(schema);
        ViolatingStrings.of(schema, example).forEach((defect, text) -> replace(path, defect, JsonText.quote(text)));
        AtLimitStrings.of(schema, example).forEach((bound, text) -> atLimit(path, bound, JsonText.quote(text)));
        InjectionStrings.ALL.forEach((defect, text) -> mutate(Category.INJECTION, path, defect,
                BodyMutation.replace(path, JsonText.quote(text)),
                SchemaRules.keeps(schema, text) ? Expectation.tolerated() : Expectation.invalid(path.location())));
    }

    private void integer(Schema<?> schema, BodyPath path) {
        wrongTypes(path, "number");
        replace(path, "number as string", "\"2001\"");
        replace(path, "fraction", "1.5");
        replace(path, "beyond int64", "99999999999999999999");
        if ("int32".equals(schema.getFormat())) {
            replace(path, "beyond int32", "2147483648");
        }
        if (schema.getMinimum() != null) {
            replace(path, "below minimum", schema.getMinimum().subtract(BigDecimal.ONE).toPlainString());
            atLimit(path, "at minimum (" + schema.getMinimum().toPlainString() + ")", schema.getMinimum().toPlainString());
        }
        if (schema.getMaximum() != null) {
            replace(path, "above maximum", schema.getMaximum().add(BigDecimal.ONE).toPlainString());
            atLimit(path, "at maximum (" + schema.getMaximum().toPlainString() + ")", schema.getMaximum().toPlainString());
        }
    }

    private void number(Schema<?> schema, BodyPath path) {
        wrongTypes(path, "number");
        replace(path, "number as string", "\"10\"");
        // NaN is no JSON number: the document itself is unreadable, as with any syntax error.
        mutate(path, "NaN", BodyMutation.replace(path, "NaN"), Expectation.invalid("body"));
        replace(path, "overflows to infinity", "1e400");
        if (schema.getMinimum() != null) {
            replace(path, "below minimum", schema.getMinimum().subtract(new BigDecimal("0.01")).toPlainString());
        }
        if (schema.getMaximum() != null) {
            replace(path, "above maximum", schema.getMaximum().add(new BigDecimal("0.01")).toPlainString());
        }
    }

    private void wrongTypes(BodyPath path, String actualType) {
        if (!actualType.equals("string")) {
            replace(path, "string instead of " + actualType, "\"text\"");
        }
        if (!actualType.equals("number")) {
            replace(path, "number instead of " + actualType, "12345");
        }
        if (!actualType.equals("boolean")) {
            replace(path, "boolean instead of " + actualType, "true");
        }
        if (!actualType.equals("object")) {
            replace(path, "object instead of " + actualType, "{}");
        }
        if (!actualType.equals("array")) {
            replace(path, "array instead of " + actualType, "[]");
        }
    }

    private void atLimit(BodyPath path, String bound, String rawJson) {
        mutate(Category.BOUNDARY, path, bound, BodyMutation.replace(path, rawJson), Expectation.atLimit(path.location()));
    }

    private void replace(BodyPath path, String defect, String rawJson) {
        mutate(path, defect, BodyMutation.replace(path, rawJson), Expectation.invalid(path.location()));
    }

    private void mutate(BodyPath path, String defect, BodyMutation mutation, Expectation expectation) {
        mutate(Category.BODY, path, defect, mutation, expectation);
    }

    private void mutate(Category category, BodyPath path, String defect, BodyMutation mutation, Expectation expectation) {
        cases.add(new NegativeCase(operationId, category, path.location(), defect,
                valid.withBody(mutation.applyTo(example)), expectation));
    }

    private static String typeOf(Schema<?> schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        return schema.getProperties() != null ? "object" : "string";
    }

    private static String exampleOf(Schema<?> schema) {
        if (schema.getExample() != null) {
            return String.valueOf(schema.getExample());
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return String.valueOf(schema.getEnum().get(0));
        }
        return "a";
    }
}
