package com.example.citi.au.customers.review.version;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.citi.au.customers.review.spec.Reviews;
import com.example.citi.au.customers.review.spec.ReviewCommand;
import com.example.citi.au.customers.review.spec.SpecMutation;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The version a change needs, decided by the review: each case runs the command on the real contract
 * with the project's own lint rules and client configuration, and a CHANGELOG.md of its own.
 */
class VersionPolicyCorpusTest {

    private static final String SPEC = Reviews.CUSTOMERS_SPEC;
    private static final String RELEASED_ON = Reviews.RELEASED_ON.toString();
    private static final String CHANGELOG = """
            # Changelog

            ## [%s] - 2026-01-01

            ### Added

            - Everything.
            """.formatted(version(SPEC, Bump.NONE));

    @Test
    void anOperationIdRenamedWithoutABumpFailsAndNamesTheMajorVersionExpected(@TempDir Path work) throws IOException {
        // given
        String head = SPEC.replace("operationId: retrieveCustomerProfile\n", "operationId: getCustomerProfile\n");

        // when
        ReviewCommand run = review(work, head, "--changelog");

        // then
        assertEquals(1, run.status(), run.output());
        assertTrue(run.output().contains("release major version " + major(SPEC, 1) + ": set info.version to "
                + version(SPEC, Bump.MAJOR)), run.output());
    }

    @Test
    void anOperationIdRenamedWithTheMajorBumpAndItsWrittenEntryPasses(@TempDir Path work) throws IOException {
        // given
        String head = SpecMutation.of(SPEC.replace("operationId: retrieveCustomerProfile\n",
                "operationId: getCustomerProfile\n")).versionBumped(Bump.MAJOR).yaml();

        // when
        ReviewCommand run = review(work, head, "--write-changelog");

        // then
        assertEquals(0, run.status(), run.output());
        String changelog = Files.readString(work.resolve("CHANGELOG.md"));
        assertTrue(changelog.startsWith("# Changelog\n\n## [" + version(SPEC, Bump.MAJOR) + "] - " + RELEASED_ON
                + "\n\n### Breaking\n\n- `CustomerProfileApi.retrieveCustomerProfile()` removed (`GET "
                + "/v1/customers/profiles` retrieveCustomerProfile): code written against the old client no longer "
                + "compiles.\n"), changelog);
        assertTrue(changelog.endsWith(CHANGELOG.substring("# Changelog\n\n".length())), changelog);
    }

    @Test
    void theMajorBumpWithoutItsChangelogEntryFailsAndSaysHowToWriteIt(@TempDir Path work) throws IOException {
        // given
        String head = SpecMutation.of(SPEC.replace("operationId: retrieveCustomerProfile\n",
                "operationId: getCustomerProfile\n")).versionBumped(Bump.MAJOR).yaml();

        // when
        ReviewCommand run = review(work, head, "--changelog");

        // then
        assertEquals(1, run.status(), run.output());
        assertTrue(run.output().contains("CHANGELOG.md has no entry for " + version(SPEC, Bump.MAJOR)
                + ": write it with scripts/spec-review --write-changelog"), run.output());
    }

    @Test
    void anOptionalFieldAddedNeedsAMinorVersion(@TempDir Path work) throws IOException {
        // given
        SpecMutation head = SpecMutation.of(SPEC).change(spec -> ((ObjectNode) SpecMutation.schema(spec,
                "OtpSendRequest").path("properties")).putObject("transactionMemo").put("type", "string")
                .put("maxLength", 140).put("description", "Free text kept with the request."));

        // when
        ReviewCommand unchanged = review(work, head.yaml(), "--write-changelog");
        ReviewCommand patched = review(work, head.versionBumped(Bump.PATCH).yaml(), "--write-changelog");
        ReviewCommand minor = review(work, SpecMutation.of(head.yaml()).version(version(SPEC, Bump.MINOR)).yaml(),
                "--write-changelog");

        // then
        String expected = "this change needs a minor version: set info.version to " + version(SPEC, Bump.MINOR);
        assertEquals(1, unchanged.status(), unchanged.output());
        assertTrue(unchanged.output().contains(expected), unchanged.output());
        assertEquals(1, patched.status(), patched.output());
        assertTrue(patched.output().contains(expected), patched.output());
        assertEquals(0, minor.status(), minor.output());
        assertTrue(Files.readString(work.resolve("CHANGELOG.md")).contains("## [" + version(SPEC, Bump.MINOR) + "] - "
                + RELEASED_ON + "\n\n### Added\n\n- `POST /v1/mfa/otp` sendOneTimePassword: request body "
                + "`transactionMemo`: new optional property.\n"));
    }

    @Test
    void aDescriptionOnlyChangeNeedsAPatchVersion(@TempDir Path work) throws IOException {
        // given
        SpecMutation head = SpecMutation.of(SPEC).change(spec -> SpecMutation.operation(spec,
                "/v1/customers/profiles", "get").put("description", "The customer's whole profile, described anew."));

        // when
        ReviewCommand unchanged = review(work, head.yaml(), "--write-changelog");
        ReviewCommand patched = review(work, head.versionBumped(Bump.PATCH).yaml(), "--write-changelog");

        // then
        assertEquals(1, unchanged.status(), unchanged.output());
        assertTrue(unchanged.output().contains("this change needs a patch version: set info.version to "
                + version(SPEC, Bump.PATCH)), unchanged.output());
        assertEquals(0, patched.status(), patched.output());
    }

    @Test
    void anUnchangedContractNeedsNoNewVersion(@TempDir Path work) throws IOException {
        // when
        ReviewCommand run = review(work, SPEC, "--changelog");

        // then
        assertEquals(0, run.status(), run.output());
        assertEquals("NO API CHANGE · 0 compatible changes · 0 warnings · 0 lint findings", run.firstLine());
    }

    private static ReviewCommand review(Path work, String head, String changelogOption) throws IOException {
        Path changelog = work.resolve("CHANGELOG.md");
        if (!Files.exists(changelog)) {
            Files.writeString(changelog, CHANGELOG);
        }
        Path base = Files.writeString(work.resolve("base.yaml"), SPEC);
        Path headFile = Files.writeString(work.resolve("customers-api.yaml"), head);
        return ReviewCommand.run("--base", base.toString(), "--head", headFile.toString(),
                "--out", work.resolve("review").toString(), "--rules", "../api-spec/src/main/lint/style-rules.properties",
                "--client-config", "../client-gen/pom.xml#generate-client", "--release-date", RELEASED_ON,
                changelogOption, changelog.toString());
    }

    private static String version(String yaml, Bump bump) {
        return SpecMutation.of(yaml).versionBumped(bump).tree().path("info").path("version").asText();
    }

    private static int major(String yaml, int plus) {
        return Integer.parseInt(version(yaml, Bump.NONE).split("\\.")[0]) + plus;
    }
}
