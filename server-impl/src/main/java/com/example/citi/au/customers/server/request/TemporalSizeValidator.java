package com.example.citi.au.customers.server.request;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.Size;
import java.time.temporal.TemporalAccessor;

/**
 * The spec bounds its date and date-time strings with a maxLength (10, 35) as well as their format,
 * and the generated code puts that {@code @Size} on the parsed {@code LocalDate} or
 * {@code OffsetDateTime}, for which Hibernate Validator has no validator (it would fail every call
 * with a 500). A value that parsed has an ISO text within the bound, so this checks that text's length.
 * Registered with the service loader (META-INF/services/jakarta.validation.ConstraintValidator).
 */
public final class TemporalSizeValidator implements ConstraintValidator<Size, TemporalAccessor> {

    private int min;
    private int max;

    @Override
    public void initialize(Size size) {
        this.min = size.min();
        this.max = size.max();
    }

    @Override
    public boolean isValid(TemporalAccessor value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        int length = value.toString().length();
        return length >= min && length <= max;
    }
}
