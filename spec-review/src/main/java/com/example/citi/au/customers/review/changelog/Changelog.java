package com.example.citi.au.customers.review.changelog;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CHANGELOG.md in Keep a Changelog's layout: a preamble, then one "## [version] - date" section
 * per release, newest first. The review writes the entry of the head's version; an entry already
 * there for that version is replaced, as it is derived from the contract and rewritten whenever the
 * change under review moves on.
 */
public final class Changelog {

    private static final Pattern RELEASE = Pattern.compile("(?m)^## \\[");

    private Changelog() {
    }

    public static boolean hasEntry(String changelog, String version) {
        return entryStart(changelog, version) >= 0;
    }

    public static String withEntry(String changelog, String version, String entry) {
        String text = changelog.isEmpty() ? preamble() : changelog;
        int start = entryStart(text, version);
        if (start >= 0) {
            Matcher next = RELEASE.matcher(text);
            int end = next.find(start + 1) ? next.start() : text.length();
            return text.substring(0, start) + entry + text.substring(end);
        }
        Matcher first = RELEASE.matcher(text);
        if (first.find()) {
            return text.substring(0, first.start()) + entry + text.substring(first.start());
        }
        return text + (text.endsWith("\n\n") ? "" : text.endsWith("\n") ? "\n" : "\n\n") + entry;
    }

    private static int entryStart(String changelog, String version) {
        Matcher heading = Pattern.compile("(?m)^## \\[" + Pattern.quote(version) + "\\]").matcher(changelog);
        return heading.find() ? heading.start() : -1;
    }

    private static String preamble() {
        return """
                # Changelog

                Every change of the contract, in the terms of the code that consumes it. The layout is
                [Keep a Changelog](https://keepachangelog.com/en/1.1.0/); versions follow
                [Semantic Versioning](https://semver.org/spec/v2.0.0.html), as the spec review decides them.

                """;
    }
}
