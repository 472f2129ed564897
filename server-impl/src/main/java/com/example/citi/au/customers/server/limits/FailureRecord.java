package com.example.citi.au.customers.server.limits;

import java.time.Duration;
import java.time.Instant;

/**
 * The failed client authentications of one client_id or one address: failures since the last
 * lockout, how many lockouts it has had (each one twice as long as the one before, up to the
 * cap), and until when the current one lasts.
 */
record FailureRecord(int failures, int lockouts, Instant lockedUntil, Instant lastFailureAt, int version) {

    static final FailureRecord NONE = new FailureRecord(0, 0, null, null, -1);

    boolean isNew() {
        return version < 0;
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    FailureRecord afterFailure(Instant now, LimitsProperties.ClientAuthentication rules) {
        boolean forgotten = lastFailureAt != null && !lockedAt(now)
                && !now.isBefore(lastFailureAt.plus(rules.forgetAfter()));
        int failuresSoFar = forgotten ? 0 : failures;
        int lockoutsSoFar = forgotten ? 0 : lockouts;
        if (failuresSoFar + 1 < rules.failuresBeforeLockout()) {
            return new FailureRecord(failuresSoFar + 1, lockoutsSoFar, lockedUntil, now, version);
        }
        int lockout = lockoutsSoFar + 1;
        return new FailureRecord(0, lockout, now.plus(lockoutLength(lockout, rules)), now, version);
    }

    /** The first lockout's length, doubled for each lockout after it, never over the cap. */
    static Duration lockoutLength(int nthLockout, LimitsProperties.ClientAuthentication rules) {
        Duration length = rules.firstLockout();
        for (int i = 1; i < nthLockout && length.compareTo(rules.maxLockout()) < 0; i++) {
            length = length.multipliedBy(2);
        }
        return length.compareTo(rules.maxLockout()) > 0 ? rules.maxLockout() : length;
    }
}
