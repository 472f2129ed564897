package com.example.citi.au.customers.server.negative;

import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Strings exactly at a string schema's length bounds that keep every other rule of it (pattern, enum,
 * format), each labelled with its bound: the value one short of refusal. A bound no such string can
 * meet (a pattern that cannot reach it) gives none.
 */
final class AtLimitStrings {

    /** The longest RFC 3339 date-time, with nanoseconds and an offset: 35 characters. */
    private static final String LONGEST_DATE_TIME = "2026-11-28T10:05:00.123456789+10:00";

    private AtLimitStrings() {
    }

    static Map<String, String> of(Schema<?> schema, String example) {
        Map<String, String> values = new LinkedHashMap<>();
        if (schema.getMaxLength() != null) {
            atLength(schema, example, schema.getMaxLength())
                    .ifPresent(value -> values.put("at maxLength (" + value.length() + ")", value));
        }
        if (schema.getMinLength() != null && schema.getMinLength() > 0) {
            atLength(schema, example, schema.getMinLength())
                    .ifPresent(value -> values.put("at minLength (" + value.length() + ")", value));
        }
        values.values().removeIf(example::equals);
        return values;
    }

    /**
     * An address of exactly the length within the limits of RFC 5321 that validators apply: a local
     * part of at most 64 characters, domain labels of at most 63.
     */
    private static String emailOfLength(int length) {
        String local = "a".repeat(Math.max(1, Math.min(64, length - 5)));
        StringBuilder domain = new StringBuilder();
        int left = length - local.length() - 1;
        while (left > 63) {
            domain.append("b".repeat(62)).append('.');
            left -= 63;
        }
        domain.append("c".repeat(Math.max(1, left)));
        return local + "@" + domain;
    }

    /**
     * The example's bytes (an image, say) padded with zeros to the fewest bytes whose base64 text is
     * the longest whole multiple of 4 within the length: still the example's content, at the bound.
     */
    private static Optional<String> paddedBase64(String example, int length) {
        byte[] content;
        try {
            content = Base64.getDecoder().decode(example);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int groups = length / 4;
        int bytes = (groups - 1) * 3 + 1;
        if (groups == 0 || bytes < content.length) {
            return Optional.empty();
        }
        return Optional.of(Base64.getEncoder().encodeToString(Arrays.copyOf(content, bytes)));
    }

    /** A string of the given length, or for base64 the longest whole multiple of 4 within it. */
    private static Optional<String> atLength(Schema<?> schema, String example, int length) {
        List<String> candidates = new ArrayList<>();
        switch (String.valueOf(schema.getFormat())) {
            case "email" -> candidates.add(emailOfLength(length));
            case "byte" -> paddedBase64(example, length).ifPresent(candidates::add);
            case "date-time" -> candidates.add(LONGEST_DATE_TIME.substring(0, Math.min(length, LONGEST_DATE_TIME.length())));
            default -> {
            }
        }
        if (!example.isEmpty()) {
            candidates.add(ViolatingStrings.repeatToLength(example, length));
        }
        for (String unit : List.of("9", "A", "a", "Z")) {
            candidates.add(unit.repeat(length));
        }
        return candidates.stream()
                .filter(value -> value.length() == length || "byte".equals(schema.getFormat()))
                .filter(value -> SchemaRules.keeps(schema, value))
                .findFirst();
    }
}
