package com.example.citi.au.customers.review.gate;

import java.util.List;

/**
 * What the gate decided: every reason it refuses the change (none: it passes), and whether the
 * change's breaking changes are accepted as a new major version.
 */
public record GateVerdict(List<String> findings, boolean majorRelease) {

    public boolean passes() {
        return findings.isEmpty();
    }
}
