package com.example.citi.au.customers.client.retries;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The {@code Retry-After} field of RFC 9110 section 10.2.3: a number of seconds or an HTTP date. */
public final class RetryAfter {

    private RetryAfter() {
    }

    /** How long the server asks the client to wait from {@code now}; nothing when it does not say, or says it unreadably. */
    public static Optional<Duration> of(HttpHeaders headers, Instant now) {
        return headers.firstValue("Retry-After").flatMap(value -> parse(value, now));
    }

    /** A field value read at {@code now}: seconds, or an HTTP date (a past one is no wait). */
    public static Optional<Duration> parse(String field, Instant now) {
        String value = field.trim();
        if (value.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(now, at);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }
}
