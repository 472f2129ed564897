package com.example.citi.au.customers.server.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.SQLExceptionOverride.Override;
import java.sql.SQLException;
import org.h2.api.ErrorCode;
import org.junit.jupiter.api.Test;

class BrokenConnectionEvictionTest {

    private final BrokenConnectionEviction eviction = new BrokenConnectionEviction();

    @Test
    void evictsAConnectionWhoseH2LinkIsGone() {
        for (int code : new int[] {ErrorCode.CONNECTION_BROKEN_1, ErrorCode.DATABASE_IS_CLOSED,
                ErrorCode.DATABASE_CALLED_AT_SHUTDOWN}) {
            assertThat(eviction.adjudicate(new SQLException("gone", "HY000", code))).as("code %d", code)
                    .isEqualTo(Override.MUST_EVICT);
        }
    }

    @Test
    void leavesEveryOtherFailureToThePoolsOwnRules() {
        assertThat(eviction.adjudicate(new SQLException("duplicate key", "23505", ErrorCode.DUPLICATE_KEY_1)))
                .isEqualTo(Override.CONTINUE_EVICT);
        assertThat(eviction.adjudicate(new SQLException("link failure", "08S01", 0)))
                .isEqualTo(Override.CONTINUE_EVICT);
    }
}
