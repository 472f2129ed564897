package com.example.citi.au.customers.server.limits;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Every rate limit of the server, under {@code customers.limits}; the defaults are in application.yml. */
@ConfigurationProperties("customers.limits")
@Validated
record LimitsProperties(@NotNull @Valid OtpSends otpSends,
                        @NotNull @Valid ClientAuthentication clientAuthentication,
                        @NotNull @Valid ClientCalls clientCalls,
                        @NotNull @Valid ImageUploads imageUploads) {

    /** One-time passwords sent: per control flow (over its life) and per customer per hour. */
    record OtpSends(@Min(1) int perControlFlow, @Min(1) int perCustomerPerHour) {
    }

    /**
     * Failed client authentications on the token call, counted per client_id and per address: after
     * {@code failuresBeforeLockout} of them a lockout of {@code firstLockout}, doubled at each further
     * lockout up to {@code maxLockout}; a key without failure for {@code forgetAfter} starts afresh.
     */
    record ClientAuthentication(@Min(1) int failuresBeforeLockout, @NotNull Duration firstLockout,
                                @NotNull Duration maxLockout, @NotNull Duration forgetAfter) {

        /** The contract's Retry-After says at most 86400 seconds: a longer lockout could not be told. */
        static final Duration LONGEST_RETRY_AFTER = Duration.ofDays(1);

        @AssertTrue(message = "first-lockout must be at least 1s and at most max-lockout, and max-lockout at most 24h,"
                + " the longest Retry-After the contract declares")
        boolean isLockoutWithinRetryAfter() {
            return firstLockout == null || maxLockout == null
                    || firstLockout.compareTo(Duration.ofSeconds(1)) >= 0
                    && firstLockout.compareTo(maxLockout) <= 0
                    && maxLockout.compareTo(LONGEST_RETRY_AFTER) <= 0;
        }
    }

    /** Calls per client per second, a token bucket that holds up to {@code burst} calls. */
    record ClientCalls(@Min(1) int perSecond, @Min(1) int burst) {
    }

    record ImageUploads(@Min(1) int perCustomerPerHour) {
    }
}
