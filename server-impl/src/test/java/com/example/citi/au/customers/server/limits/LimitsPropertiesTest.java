package com.example.citi.au.customers.server.limits;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Settings the server refuses at start-up, because its answers could not follow the contract with them. */
class LimitsPropertiesTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void acceptsTheDefaultLockouts() {
        assertThat(violations(Duration.ofMinutes(1), Duration.ofHours(1))).isEmpty();
    }

    @Test
    void acceptsALockoutAsLongAsTheLongestRetryAfter() {
        assertThat(violations(Duration.ofMinutes(1), Duration.ofSeconds(86_400))).isEmpty();
    }

    @Test
    void refusesALockoutLongerThanTheContractsLongestRetryAfter() {
        assertThat(violations(Duration.ofMinutes(1), Duration.ofSeconds(86_401)))
                .singleElement().extracting(ConstraintViolation::getMessage).asString()
                .contains("max-lockout at most 24h");
    }

    @Test
    void refusesAFirstLockoutLongerThanTheLongest() {
        assertThat(violations(Duration.ofHours(2), Duration.ofHours(1))).hasSize(1);
    }

    @Test
    void refusesAFirstLockoutShorterThanTheRetryAftersSecond() {
        assertThat(violations(Duration.ofMillis(500), Duration.ofHours(1))).hasSize(1);
    }

    private static Set<ConstraintViolation<LimitsProperties.ClientAuthentication>> violations(Duration first, Duration max) {
        return VALIDATOR.validate(new LimitsProperties.ClientAuthentication(5, first, max, Duration.ofHours(24)));
    }
}
