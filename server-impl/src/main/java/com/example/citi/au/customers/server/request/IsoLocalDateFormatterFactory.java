package com.example.citi.au.customers.server.request;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.format.annotation.DateTimeFormat;

/** The spec's {@code format: date} is a full-date only; Spring's ISO.DATE also takes an offset ("2026-09-01Z"). */
final class IsoLocalDateFormatterFactory implements AnnotationFormatterFactory<DateTimeFormat> {

    @Override
    public Set<Class<?>> getFieldTypes() {
        return Set.of(LocalDate.class);
    }

    @Override
    public Printer<?> getPrinter(DateTimeFormat annotation, Class<?> fieldType) {
        return (LocalDate date, java.util.Locale locale) -> DateTimeFormatter.ISO_LOCAL_DATE.format(date);
    }

    @Override
    public Parser<?> getParser(DateTimeFormat annotation, Class<?> fieldType) {
        return (text, locale) -> LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    }
}
