package com.example.citi.au.customers.server.negative;

import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a value, as text, keeps a schema of the spec: an integer's digits and range, a
 * string's length, pattern, enum and format.
 */
final class SchemaRules {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s\"(),:;<>\\[\\\\\\]]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*$");
    private static final Pattern BASE64 = Pattern.compile("^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$");
    private static final Pattern INTEGER = Pattern.compile("^-?[0-9]{1,18}$");
    private static final Pattern UUID = Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    private SchemaRules() {
    }

    static boolean keeps(Schema<?> schema, String value) {
        if ("integer".equals(schema.getType())) {
            return keepsInteger(schema, value);
        }
        int length = value.codePointCount(0, value.length());
        if (schema.getMaxLength() != null && length > schema.getMaxLength()) {
            return false;
        }
        if (schema.getMinLength() != null && length < schema.getMinLength()) {
            return false;
        }
        if (schema.getPattern() != null && !Pattern.compile(schema.getPattern()).matcher(value).matches()) {
            return false;
        }
        List<?> allowed = schema.getEnum();
        if (allowed != null && !allowed.isEmpty() && allowed.stream().map(String::valueOf).noneMatch(value::equals)) {
            return false;
        }
        return keepsFormat(schema.getFormat(), value);
    }

    private static boolean keepsInteger(Schema<?> schema, String value) {
        if (!INTEGER.matcher(value).matches()) {
            return false;
        }
        BigDecimal number = new BigDecimal(value);
        return (schema.getMinimum() == null || number.compareTo(schema.getMinimum()) >= 0)
                && (schema.getMaximum() == null || number.compareTo(schema.getMaximum()) <= 0);
    }

    private static boolean keepsFormat(String format, String value) {
        if (format == null) {
            return true;
        }
        return switch (format) {
            case "email" -> EMAIL.matcher(value).matches();
            case "byte" -> BASE64.matcher(value).matches();
            case "uuid" -> UUID.matcher(value).matches();
            case "date" -> parses(() -> LocalDate.parse(value));
            case "date-time" -> parses(() -> OffsetDateTime.parse(value));
            default -> true;
        };
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
