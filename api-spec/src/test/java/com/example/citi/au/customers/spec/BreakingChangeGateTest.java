package com.example.citi.au.customers.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The release workflow the gate enforces, on a small spec. */
class BreakingChangeGateTest {

    private static final String RELEASED = Resources.text("fixtures/valid-minimal.yaml");
    private static final String REMOVED = "breaking change against customers-api-1.yaml: POST /v1/oauth/token "
            + "(obtainAccessToken): operation: removed - clients calling it will get 404 (or 405 where the path still "
            + "has other methods)";

    @Test
    void passesTheReleasedSpecItself() {
        // when
        BreakingChangeGate.Verdict verdict = BreakingChangeGate.judge(baseline(1, RELEASED), RELEASED);

        // then
        assertEquals(List.of(), verdict.findings());
    }

    @Test
    void failsABreakingChangeWithinTheMajorVersionAndSaysHowToReleaseIt() {
        // given
        String spec = withoutTokenOperation().version("1.1.0").yaml();

        // when
        BreakingChangeGate.Verdict verdict = BreakingChangeGate.judge(baseline(1, RELEASED), spec);

        // then
        assertEquals(List.of(REMOVED, "either make the change compatible, or release major version 2: set info.version "
                + "to 2.0.0 and replace customers-api-1.yaml with a copy of the new spec named customers-api-2.yaml"),
                verdict.findings());
    }

    @Test
    void failsAMajorVersionBumpThatKeepsTheOldBaseline() {
        // given
        String spec = withoutTokenOperation().version("2.0.0").yaml();

        // when
        BreakingChangeGate.Verdict verdict = BreakingChangeGate.judge(baseline(1, RELEASED), spec);

        // then
        assertEquals(List.of("info.version 2.0.0 starts major version 2 but the baseline is still customers-api-1.yaml: "
                + "a major release replaces the baseline in the same change (copy customers-api.yaml to "
                + "src/main/baseline/customers-api-2.yaml and delete customers-api-1.yaml)", REMOVED), verdict.findings());
    }

    @Test
    void passesABreakingChangeReleasedAsANewMajorVersionWithItsOwnBaseline() {
        // given
        String spec = withoutTokenOperation().version("2.0.0").yaml();

        // when
        BreakingChangeGate.Verdict verdict = BreakingChangeGate.judge(baseline(2, spec), spec);

        // then
        assertEquals(List.of(), verdict.findings());
    }

    @Test
    void failsABaselineNamedAfterAnotherMajorVersionThanItHolds() {
        // given
        String spec = SpecMutation.of(RELEASED).version("2.0.0").yaml();

        // when
        BreakingChangeGate.Verdict verdict = BreakingChangeGate.judge(baseline(2, RELEASED), spec);

        // then
        assertEquals(List.of("customers-api-2.yaml holds info.version 1.0.0: a baseline is named after the major "
                + "version it holds"), verdict.findings());
    }

    @Test
    void failsASpecVersionOlderThanTheBaseline() {
        // given
        String baseline = SpecMutation.of(RELEASED).version("2.0.0").yaml();

        // when
        BreakingChangeGate.Verdict verdict = BreakingChangeGate.judge(baseline(2, baseline), RELEASED);

        // then
        assertEquals(List.of("info.version 1.0.0 is older than the baseline customers-api-2.yaml"), verdict.findings());
    }

    @Test
    void failsWhenTheBaselineFolderHoldsMoreThanOneFile(@TempDir Path folder) throws IOException {
        // given
        Files.writeString(folder.resolve("customers-api-1.yaml"), RELEASED);
        Files.writeString(folder.resolve("customers-api-2.yaml"), RELEASED);

        // when
        BreakingChangeGate.Verdict verdict = BreakingChangeGate.judge(folder, RELEASED);

        // then
        assertEquals(List.of(folder + " must hold exactly one file, customers-api-<major>.yaml; it holds "
                + "[customers-api-1.yaml, customers-api-2.yaml]"), verdict.findings());
    }

    @Test
    void readsTheOneBaselineOfAFolder(@TempDir Path folder) throws IOException {
        // given
        Files.writeString(folder.resolve("customers-api-1.yaml"), RELEASED);

        // when
        BreakingChangeGate.Verdict verdict = BreakingChangeGate.judge(folder, withoutTokenOperation().yaml());

        // then
        assertEquals(REMOVED, verdict.findings().get(0));
    }

    private static Baseline baseline(int major, String yaml) {
        return new Baseline("customers-api-" + major + ".yaml", major, yaml);
    }

    private static SpecMutation withoutTokenOperation() {
        return SpecMutation.of(RELEASED).change(spec -> ((ObjectNode) spec.path("paths")).remove("/v1/oauth/token"));
    }
}
