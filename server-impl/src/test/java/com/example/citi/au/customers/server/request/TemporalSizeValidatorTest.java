package com.example.citi.au.customers.server.request;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class TemporalSizeValidatorTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    record Bounded(@Size(max = 10) LocalDate date, @Size(max = 20) OffsetDateTime dateTime) {
    }

    @Test
    void acceptsADateAndADateTimeWhoseIsoTextIsWithinTheBound() {
        assertThat(VALIDATOR.validate(new Bounded(LocalDate.of(2026, 9, 1), OffsetDateTime.parse("2026-09-01T10:00Z"))))
                .isEmpty();
    }

    @Test
    void refusesADateTimeWhoseIsoTextIsLongerThanTheBound() {
        assertThat(VALIDATOR.validate(new Bounded(null, OffsetDateTime.parse("2026-09-01T10:00:00.123456789+10:00"))))
                .extracting(violation -> violation.getPropertyPath().toString())
                .containsExactly("dateTime");
    }
}
