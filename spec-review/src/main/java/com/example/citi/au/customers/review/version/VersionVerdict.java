package com.example.citi.au.customers.review.version;

import java.util.List;

/**
 * What the version policy decided: the bump the change needs, the smallest version that carries it
 * (empty when the base's version cannot be read), and every reason {@code info.version} is refused.
 */
public record VersionVerdict(Bump required, String expected, List<String> findings) {

    public boolean passes() {
        return findings.isEmpty();
    }
}
