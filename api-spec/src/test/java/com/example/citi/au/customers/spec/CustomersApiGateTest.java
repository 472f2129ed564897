package com.example.citi.au.customers.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.citi.au.customers.review.SpecReviewMain;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The build's breaking-change gate: the review tool compares the contract with its released baseline,
 * on the wire and in the code of the Java client generated exactly as client-gen generates it.
 */
class CustomersApiGateTest {

    private static final Path SPEC = Path.of("src/main/resources/openapi/customers-api.yaml");

    @Test
    void customersApiSpecIsCompatibleWithItsReleasedBaseline() {
        // given
        Baseline baseline = Baseline.in(Baseline.DIRECTORY);
        ByteArrayOutputStream output = new ByteArrayOutputStream();

        // when
        int status = SpecReviewMain.run(new String[] {
                "--base", baseline.file().toString(), "--head", SPEC.toString(),
                "--baseline-major", String.valueOf(baseline.major()),
                "--rules", "src/main/lint/style-rules.properties",
                "--client-config", "../client-gen/pom.xml#generate-client",
                "--changelog", "../CHANGELOG.md",
                "--out", "target/spec-gate"}, new PrintStream(output, true, StandardCharsets.UTF_8), System.err);

        // then
        String report = output.toString(StandardCharsets.UTF_8);
        report.lines().findFirst().ifPresent(verdict -> System.out.println("[spec gate] " + verdict));
        assertEquals(0, status, () -> "the breaking-change gate fails against " + baseline.file().getFileName() + "; "
                + "either make the change compatible, or release a new major version: set info.version to the next "
                + "major and replace the baseline with a copy of the new spec named customers-api-<major>.yaml; a "
                + "compatible change needs a new minor version, any other a new patch, and every version its entry in "
                + "CHANGELOG.md (see target/spec-gate/summary.md):\n" + report);
    }

    @Test
    void theBuildsVersionIsTheContractsVersion() {
        // given
        String contractVersion = Baseline.versionOf(SPEC);

        // then
        assertEquals(contractVersion, System.getProperty("customers.build.version"),
                () -> "info.version is the one version of the contract, the server and the client; set the build's to "
                        + "it: ./mvnw -q versions:set -DnewVersion=" + contractVersion + " -DgenerateBackupPoms=false "
                        + "-DprocessAllModules");
    }

    @Test
    void theTypeScriptClientsVersionIsTheContractsVersion() throws IOException {
        // given
        String contractVersion = Baseline.versionOf(SPEC);
        Matcher version = Pattern.compile("\"version\": \"([^\"]+)\"")
                .matcher(Files.readString(Path.of("../client-ts/package.json")));

        // then
        assertTrue(version.find(), "client-ts/package.json has no version");
        assertEquals(contractVersion, version.group(1), () -> "info.version is the TypeScript client's version too: "
                + "set it in client-ts/package.json and its package-lock.json (npm version " + contractVersion
                + " --no-git-tag-version), then npm install in examples/ts-consumer");
    }

    @Test
    void releasedBaselineIsNamedAfterTheMajorVersionItHolds() {
        // given
        Baseline baseline = Baseline.in(Baseline.DIRECTORY);

        // then
        assertEquals(baseline.major(), baseline.heldMajor(),
                () -> baseline.file() + " holds info.version " + baseline.heldVersion()
                        + ": a baseline is named after the major version it holds");
    }
}
