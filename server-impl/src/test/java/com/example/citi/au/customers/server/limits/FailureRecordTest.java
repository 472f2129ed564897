package com.example.citi.au.customers.server.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FailureRecordTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final LimitsProperties.ClientAuthentication RULES = new LimitsProperties.ClientAuthentication(
            5, Duration.ofMinutes(1), Duration.ofMinutes(10), Duration.ofHours(24));

    @Test
    void locksOutAtTheFifthFailureForTheFirstLockoutsLength() {
        FailureRecord record = failures(FailureRecord.NONE, 4, NOW);
        assertThat(record.lockedAt(NOW)).isFalse();

        FailureRecord locked = record.afterFailure(NOW, RULES);

        assertThat(locked.lockedUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        assertThat(locked.lockedAt(NOW.plusSeconds(59))).isTrue();
        assertThat(locked.lockedAt(NOW.plusSeconds(60))).isFalse();
    }

    @Test
    void doublesEachLockoutUpToTheCap() {
        assertThat(FailureRecord.lockoutLength(1, RULES)).isEqualTo(Duration.ofMinutes(1));
        assertThat(FailureRecord.lockoutLength(2, RULES)).isEqualTo(Duration.ofMinutes(2));
        assertThat(FailureRecord.lockoutLength(4, RULES)).isEqualTo(Duration.ofMinutes(8));
        assertThat(FailureRecord.lockoutLength(5, RULES)).isEqualTo(Duration.ofMinutes(10));
        assertThat(FailureRecord.lockoutLength(1_000, RULES)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void startsAfreshAfterADayWithoutFailure() {
        FailureRecord twiceLocked = failures(failures(FailureRecord.NONE, 5, NOW), 5, NOW.plus(Duration.ofMinutes(1)));
        assertThat(twiceLocked.lockouts()).isEqualTo(2);

        Instant nextDay = NOW.plus(Duration.ofHours(25));
        FailureRecord afterADay = failures(twiceLocked, 5, nextDay);

        assertThat(afterADay.lockouts()).isEqualTo(1);
        assertThat(afterADay.lockedUntil()).isEqualTo(nextDay.plus(Duration.ofMinutes(1)));
    }

    private static FailureRecord failures(FailureRecord record, int count, Instant at) {
        for (int i = 0; i < count; i++) {
            record = record.afterFailure(at, RULES);
        }
        return record;
    }
}
