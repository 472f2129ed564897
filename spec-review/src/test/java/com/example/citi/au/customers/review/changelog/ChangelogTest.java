package com.example.citi.au.customers.review.changelog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChangelogTest {

    private static final String CHANGELOG = """
            # Changelog

            Preamble.

            ## [1.1.0] - 2026-02-01

            - Second.

            ## [1.0.0] - 2026-01-01

            - First.
            """;

    @Test
    void putsANewVersionsEntryAboveTheNewestRelease() {
        // when
        String changelog = Changelog.withEntry(CHANGELOG, "1.2.0", "## [1.2.0] - 2026-03-01\n\n- Third.\n\n");

        // then
        assertTrue(changelog.startsWith("# Changelog\n\nPreamble.\n\n## [1.2.0] - 2026-03-01\n\n- Third.\n\n"
                + "## [1.1.0] - 2026-02-01\n"), changelog);
        assertTrue(Changelog.hasEntry(changelog, "1.2.0"));
    }

    @Test
    void replacesTheEntryOfAVersionWrittenBefore() {
        // when
        String changelog = Changelog.withEntry(CHANGELOG, "1.1.0", "## [1.1.0] - 2026-02-02\n\n- Second, again.\n\n");

        // then
        assertEquals(CHANGELOG.replace("## [1.1.0] - 2026-02-01\n\n- Second.\n",
                "## [1.1.0] - 2026-02-02\n\n- Second, again.\n"), changelog);
    }

    @Test
    void startsAChangelogWhereThereIsNone() {
        // when
        String changelog = Changelog.withEntry("", "1.0.0", "## [1.0.0] - 2026-01-01\n\n- First.\n\n");

        // then
        assertTrue(changelog.startsWith("# Changelog\n"), changelog);
        assertTrue(changelog.endsWith("\n\n## [1.0.0] - 2026-01-01\n\n- First.\n\n"), changelog);
    }

    @Test
    void aVersionWhoseNumberOnlyStartsAnotherHasNoEntry() {
        assertFalse(Changelog.hasEntry(CHANGELOG, "1.1"));
        assertFalse(Changelog.hasEntry(CHANGELOG, "0.0.0"));
    }
}
