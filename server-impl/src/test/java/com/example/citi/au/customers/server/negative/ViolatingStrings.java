package com.example.citi.au.customers.server.negative;

import io.swagger.v3.oas.models.media.Schema;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Strings that break one string schema of the spec, each labelled with how: too long, too
 * short, off-pattern, outside the enum, or not of the format. Every value is checked to really
 * break the schema, so a case never expects a 400 for a value the spec allows.
 */
final class ViolatingStrings {

    private ViolatingStrings() {
    }

    static Map<String, String> of(Schema<?> schema, String example) {
        Map<String, String> candidates = new LinkedHashMap<>();
        tooLong(schema, example, candidates);
        if (schema.getMinLength() != null && schema.getMinLength() > 0) {
            candidates.put("too short (" + (schema.getMinLength() - 1) + ")", "A".repeat(schema.getMinLength() - 1));
        }
        if (schema.getPattern() != null) {
            offPattern(example, candidates);
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            String first = String.valueOf(schema.getEnum().get(0));
            candidates.put("not in enum", "NOT_A_LISTED_VALUE");
            candidates.put("enum value in other case", first.equals(first.toLowerCase()) ? first.toUpperCase() : first.toLowerCase());
            candidates.put("enum value with space", first + " ");
            candidates.put("empty enum value", "");
        }
        if (schema.getFormat() != null) {
            badFormat(schema.getFormat(), example, candidates);
        }
        Map<String, String> violating = new LinkedHashMap<>();
        candidates.forEach((label, value) -> {
            if (!SchemaRules.keeps(schema, value) && !violating.containsValue(value)) {
                violating.put(label, value);
            }
        });
        return violating;
    }

    private static void tooLong(Schema<?> schema, String example, Map<String, String> candidates) {
        if (schema.getMaxLength() != null) {
            int length = schema.getMaxLength() + 1;
            String value = switch (String.valueOf(schema.getFormat())) {
                case "email" -> "a".repeat(length - "@example.com".length()) + "@example.com";
                case "byte" -> "A".repeat(length + (4 - length % 4) % 4);
                default -> repeatToLength(example.isEmpty() ? "a" : example, length);
            };
            candidates.put("too long (" + value.length() + ")", value);
        } else if (schema.getPattern() != null) {
            candidates.put("too long (300)", repeatToLength(example, 300));
        }
    }

    private static void offPattern(String example, Map<String, String> candidates) {
        candidates.put("empty", "");
        candidates.put("blank", " ");
        candidates.put("trailing space", example + " ");
        candidates.put("leading space", " " + example);
        candidates.put("inner space", example.isEmpty() ? " " : example.charAt(0) + " " + example.substring(1));
        candidates.put("punctuation", example + "!");
        candidates.put("lower case", example.toLowerCase());
        candidates.put("upper case", example.toUpperCase());
        candidates.put("trailing newline", example + "\n");
        candidates.put("non-ASCII letter", "\u00e9" + example);
        candidates.put("full-width digits", "\uff11\uff12\uff13\uff14\uff15\uff16");
    }

    private static void badFormat(String format, String example, Map<String, String> candidates) {
        switch (format) {
            case "email" -> {
                candidates.put("email without at", "not-an-email");
                candidates.put("email without domain", "a@");
                candidates.put("email without local part", "@example.com");
                candidates.put("email with two ats", "a@b@example.com");
                candidates.put("email with space", "a b@example.com");
                candidates.put("email with empty label", "a@example..com");
            }
            case "byte" -> {
                candidates.put("base64 with symbols", "!!!!");
                candidates.put("base64 unpadded", "AAA");
                candidates.put("base64 over-padded", "A===");
                candidates.put("base64 data URL", "data:image/png;base64," + example);
                candidates.put("base64 with star", "*" + example);
            }
            case "uuid" -> {
                candidates.put("uuid without dashes", "5f1d7a9c3e2b4c8d9a6f0b1e2d3c4a5b");
                candidates.put("uuid with braces", "{5f1d7a9c-3e2b-4c8d-9a6f-0b1e2d3c4a5b}");
                candidates.put("not a uuid", "not-a-uuid");
            }
            case "date" -> {
                candidates.put("month 13", "2026-13-01");
                candidates.put("30 February", "2026-02-30");
                candidates.put("basic date", "20260901");
                candidates.put("day first", "01/09/2026");
                candidates.put("unpadded", "2026-9-1");
                candidates.put("date-time", "2026-09-01T00:00:00Z");
                candidates.put("date with zone", "2026-09-01Z");
                candidates.put("word", "yesterday");
            }
            case "date-time" -> {
                candidates.put("date only", "2026-09-01");
                candidates.put("no zone", "2026-09-01T10:00:00");
                candidates.put("hour 25", "2026-09-01T25:00:00Z");
            }
            default -> {
            }
        }
    }

    static String repeatToLength(String unit, int length) {
        StringBuilder value = new StringBuilder(length);
        while (value.length() < length) {
            value.append(unit);
        }
        return value.substring(0, length);
    }
}
