package com.example.citi.au.customers.review.spec;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The major number of an {@code info.version} such as 1.0.0. */
public final class SpecVersion {

    private static final Pattern MAJOR = Pattern.compile("^(\\d+)(\\.|$)");

    private SpecVersion() {
    }

    public static Optional<Integer> major(String version) {
        if (version == null) {
            return Optional.empty();
        }
        Matcher matcher = MAJOR.matcher(version.trim());
        return matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
    }
}
