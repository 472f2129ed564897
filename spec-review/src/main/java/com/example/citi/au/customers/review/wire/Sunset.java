package com.example.citi.au.customers.review.wire;

import com.example.citi.au.customers.review.spec.OperationRef;
import com.example.citi.au.customers.review.wire.ApiChange.Level;
import io.swagger.v3.oas.models.Operation;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Optional;

/**
 * The removal of an operation, judged by how it was announced: deprecated with an {@code x-sunset} date
 * that has passed, it only warns; removed without deprecation, without a sunset date or before it, it
 * breaks the clients still calling it.
 */
final class Sunset {

    static final String EXTENSION = "x-sunset";
    private static final String NOT_FOUND = "clients calling it will get 404 (or 405 where the path still has other "
            + "methods)";

    private Sunset() {
    }

    static ApiChange removal(OperationRef operation, Operation removed, LocalDate today) {
        boolean deprecated = removed != null && Boolean.TRUE.equals(removed.getDeprecated());
        Optional<LocalDate> sunset = date(removed);
        if (!deprecated) {
            return new ApiChange(operation, Level.BREAKING, "operation: removed without prior deprecation",
                    NOT_FOUND + "; deprecate it first, with an x-sunset date, and remove it after that date");
        }
        if (sunset.isEmpty()) {
            return new ApiChange(operation, Level.BREAKING, "operation: removed, deprecated but without an x-sunset date",
                    NOT_FOUND + "; its clients were never told by when to stop calling it");
        }
        if (today.isBefore(sunset.get())) {
            return new ApiChange(operation, Level.BREAKING, "operation: removed before its sunset date " + sunset.get(),
                    NOT_FOUND + "; its clients were told they could call it until then");
        }
        return new ApiChange(operation, Level.WARNING, "operation: removed after its sunset date " + sunset.get(),
                NOT_FOUND + "; it was deprecated and its end announced, so its clients should have moved on");
    }

    private static Optional<LocalDate> date(Operation operation) {
        if (operation == null || operation.getExtensions() == null || operation.getExtensions().get(EXTENSION) == null) {
            return Optional.empty();
        }
        Object raw = operation.getExtensions().get(EXTENSION);
        if (raw instanceof Date date) {
            // YAML reads an unquoted 2027-06-30 as a date
            return Optional.of(date.toInstant().atZone(ZoneOffset.UTC).toLocalDate());
        }
        String value = String.valueOf(raw);
        try {
            return Optional.of(LocalDate.parse(value.length() > 10 && value.charAt(10) == 'T'
                    ? OffsetDateTime.parse(value).toLocalDate().toString() : value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
