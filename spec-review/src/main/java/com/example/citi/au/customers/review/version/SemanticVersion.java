package com.example.citi.au.customers.review.version;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An {@code info.version} of the form MAJOR.MINOR.PATCH, the only form the version policy accepts. */
public record SemanticVersion(int major, int minor, int patch) implements Comparable<SemanticVersion> {

    private static final Pattern FORM = Pattern.compile("^(\\d{1,6})\\.(\\d{1,6})\\.(\\d{1,6})$");

    public static Optional<SemanticVersion> parse(String version) {
        if (version == null) {
            return Optional.empty();
        }
        Matcher matcher = FORM.matcher(version.trim());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new SemanticVersion(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                Integer.parseInt(matcher.group(3))));
    }

    /** The smallest version after this one that the bump allows. */
    public SemanticVersion next(Bump bump) {
        return switch (bump) {
            case NONE -> this;
            case PATCH -> new SemanticVersion(major, minor, patch + 1);
            case MINOR -> new SemanticVersion(major, minor + 1, 0);
            case MAJOR -> new SemanticVersion(major + 1, 0, 0);
        };
    }

    @Override
    public int compareTo(SemanticVersion other) {
        if (major != other.major) {
            return Integer.compare(major, other.major);
        }
        if (minor != other.minor) {
            return Integer.compare(minor, other.minor);
        }
        return Integer.compare(patch, other.patch);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
