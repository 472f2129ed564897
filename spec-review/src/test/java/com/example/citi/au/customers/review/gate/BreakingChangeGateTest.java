package com.example.citi.au.customers.review.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The release rules the gate enforces, on the versions and the breaking changes alone. */
class BreakingChangeGateTest {

    private static final List<String> REMOVED = List.of("POST /v1/oauth/token (obtainAccessToken): operation: removed");

    @Test
    void passesACompatibleChangeWithinTheMajorVersion() {
        // when
        GateVerdict verdict = BreakingChangeGate.judge("1.0.0", "1.1.0", List.of(), OptionalInt.of(1));

        // then
        assertEquals(List.of(), verdict.findings());
        assertFalse(verdict.majorRelease());
    }

    @Test
    void failsABreakingChangeWithinTheMajorVersionAndSaysHowToReleaseIt() {
        // when
        GateVerdict verdict = BreakingChangeGate.judge("1.0.0", "1.1.0", REMOVED, OptionalInt.of(1));

        // then
        assertEquals(List.of("breaking change: " + REMOVED.get(0), "either make the change compatible, or release "
                + "major version 2: set info.version to 2.0.0 and move the released baseline to major 2 in the same "
                + "change"), verdict.findings());
    }

    @Test
    void failsAMajorVersionBumpThatKeepsTheOldBaseline() {
        // when
        GateVerdict verdict = BreakingChangeGate.judge("1.0.0", "2.0.0", REMOVED, OptionalInt.of(1));

        // then
        assertEquals(List.of("info.version 2.0.0 starts major version 2 but the released baseline is still major 1: "
                        + "a major release moves the baseline to major 2 in the same change",
                "breaking change: " + REMOVED.get(0), "either make the change compatible, or release major version 2: "
                        + "set info.version to 2.0.0 and move the released baseline to major 2 in the same change"),
                verdict.findings());
    }

    @Test
    void acceptsABreakingChangeReleasedAsANewMajorVersionWithItsBaselineMoved() {
        // when
        GateVerdict verdict = BreakingChangeGate.judge("1.0.0", "2.0.0", REMOVED, OptionalInt.of(2));

        // then
        assertTrue(verdict.passes());
        assertTrue(verdict.majorRelease());
    }

    @Test
    void acceptsABreakingChangeReleasedAsANewMajorVersionWhereTheHeadHasNoBaseline() {
        // when
        GateVerdict verdict = BreakingChangeGate.judge("1.4.2", "2.0.0", REMOVED, OptionalInt.empty());

        // then
        assertTrue(verdict.passes());
        assertTrue(verdict.majorRelease());
    }

    @Test
    void failsAHeadOlderThanItsBaselineOrItsBase() {
        // when
        GateVerdict verdict = BreakingChangeGate.judge("2.0.0", "1.0.0", List.of(), OptionalInt.of(2));

        // then
        assertEquals(List.of("info.version 1.0.0 is older than the released baseline, major 2",
                "info.version 1.0.0 is older than the base's 2.0.0"), verdict.findings());
    }

    @Test
    void failsAVersionWithoutAMajorNumber() {
        // when
        GateVerdict verdict = BreakingChangeGate.judge("1.0.0", "next", List.of(), OptionalInt.empty());

        // then
        assertEquals(List.of("info.version next does not start with a major number"), verdict.findings());
    }
}
