package com.example.citi.au.customers.server.limits;

import java.time.Duration;

/** What a limit still allows after a call it let through: its size, what is left, and when it is full again. */
public record Allowance(long limit, long remaining, Duration reset) {

    public Allowance {
        remaining = Math.max(0, remaining);
        reset = reset.isNegative() ? Duration.ZERO : reset;
    }

    /** The allowance nearer to exhaustion of two limits that both apply to a call. */
    public Allowance tighter(Allowance other) {
        return other.remaining < remaining ? other : this;
    }
}
