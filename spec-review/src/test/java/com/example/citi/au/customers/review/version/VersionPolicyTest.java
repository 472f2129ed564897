package com.example.citi.au.customers.review.version;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class VersionPolicyTest {

    @Test
    void aLargerBumpThanNeededPasses() {
        VersionVerdict verdict = VersionPolicy.judge("2.0.0", "3.0.0", Bump.PATCH);

        assertEquals(List.of(), verdict.findings());
        assertEquals("2.0.1", verdict.expected());
    }

    @Test
    void aVersionThatIsNotMajorMinorPatchIsRefused() {
        VersionVerdict verdict = VersionPolicy.judge("2.0.0", "2.1", Bump.MINOR);

        assertEquals(List.of("info.version 2.1 is not MAJOR.MINOR.PATCH"), verdict.findings());
    }

    @Test
    void aVersionOlderThanTheBaseIsRefusedEvenWithoutAChange() {
        VersionVerdict verdict = VersionPolicy.judge("2.1.0", "2.0.9", Bump.NONE);

        assertEquals(List.of("info.version 2.0.9 is older than the base's 2.1.0"), verdict.findings());
    }

    @Test
    void aMinorBumpResetsThePatchAndAMajorBumpResetsBoth() {
        SemanticVersion version = new SemanticVersion(2, 3, 4);

        assertEquals("2.4.0", version.next(Bump.MINOR).toString());
        assertEquals("3.0.0", version.next(Bump.MAJOR).toString());
    }

    @Test
    void onlyInfoVersionDifferingIsNoChangeOfTheDocument() {
        String base = "openapi: 3.0.3\ninfo:\n  title: T\n  version: 1.0.0\npaths: {}\n";

        assertEquals(Bump.NONE, VersionPolicy.required(false, false, base, base.replace("1.0.0", "1.0.1")));
        assertEquals(Bump.PATCH, VersionPolicy.required(false, false, base, base.replace("title: T", "title: U")));
    }
}
