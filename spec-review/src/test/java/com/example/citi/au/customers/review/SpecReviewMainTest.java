package com.example.citi.au.customers.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.citi.au.customers.review.spec.Resources;
import com.example.citi.au.customers.review.spec.ReviewCommand;
import com.example.citi.au.customers.review.spec.Reviews;
import com.example.citi.au.customers.review.spec.SpecMutation;
import com.example.citi.au.customers.review.version.Bump;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command as a reviewer or a workflow runs it: its first line, its files, its exit status. */
class SpecReviewMainTest {

    private static final String LIBRARY = Resources.text("fixtures/foreign/library-3.1.yaml");
    private static final String RULES = "../api-spec/src/main/lint/style-rules.properties";

    @Test
    void writesTheSummaryOfACompatibleChangeAndExitsZero(@TempDir Path work) throws IOException {
        // given: the contract as it was before the sandbox outbox read was added
        Path base = Files.writeString(work.resolve("base.yaml"), SpecMutation.withoutSandboxOutbox(Reviews.CUSTOMERS_SPEC));
        Path head = Files.writeString(work.resolve("customers-api.yaml"),
                SpecMutation.of(Reviews.CUSTOMERS_SPEC).versionBumped(Bump.MINOR).yaml());

        // when
        ReviewCommand run = ReviewCommand.run("--base", base.toString(), "--head", head.toString(),
                "--out", work.resolve("review").toString(),
                "--rules", RULES, "--client-config", "none", "--base-label", "main");

        // then
        assertEquals(0, run.status(), run.output());
        assertEquals("COMPATIBLE · 1 compatible change · 0 warnings · 0 lint findings · client impact not assessed",
                run.firstLine());
        String summary = Files.readString(work.resolve("review/summary.md"));
        assertTrue(summary.startsWith(run.firstLine() + "\n"), summary);
        assertTrue(summary.contains("| added | GET | `/sandbox/v1/otpOutbox` | `retrieveSandboxOtpOutbox` |"), summary);
        assertTrue(summary.contains("| `GET /sandbox/v1/otpOutbox` retrieveSandboxOtpOutbox | (new operation) | designed |"),
                summary);
        assertTrue(Files.readString(work.resolve("review/docs/index.html")).contains("retrieveSandboxOtpOutbox"));
    }

    @Test
    void failsWithStatusOneWhenARenamedOperationIdBreaksTheClientOfAForeignOpenApi31Spec(@TempDir Path work)
            throws IOException {
        // given
        Path base = Files.writeString(work.resolve("library.yaml"), LIBRARY);
        Path head = Files.writeString(work.resolve("library-next.yaml"),
                LIBRARY.replace("operationId: getBook", "operationId: fetchBook"));

        // when
        ReviewCommand run = ReviewCommand.run("--base", base.toString(), "--head", head.toString(),
                "--out", work.resolve("review").toString());

        // then
        assertEquals(1, run.status(), run.output());
        assertEquals("BREAKING (5): 0 on the wire, 5 in client code, 0 for old clients · 1 compatible change · 0 warnings "
                + "· 4 lint findings · gate fails", run.firstLine());
        String impact = Files.readString(work.resolve("review/client-impact.md"));
        assertTrue(impact.contains("## `GET /books/{bookId}` getBook\n\n- `BooksApi.getBook(Integer)` removed: code "
                + "written against the old client no longer compiles.\n"), impact);
    }

    @Test
    void readsTheBaseFromAGitRefOfTheHeadsRepository(@TempDir Path work) throws IOException, InterruptedException {
        // given: a repository whose first commit holds the spec, changed in the work tree since
        Path spec = Files.writeString(work.resolve("library.yaml"), LIBRARY);
        git(work, "init", "-q", "-b", "main");
        git(work, "add", "library.yaml");
        git(work, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "library");
        Files.writeString(spec, LIBRARY.replace("        '404':\n          description: No such book.\n", ""));

        // when
        ReviewCommand run = ReviewCommand.run("--base", "main", "--head", spec.toString(),
                "--out", work.resolve("review").toString(),
                "--client-config", "none");

        // then
        assertEquals(1, run.status(), run.output());
        assertTrue(run.firstLine().startsWith("BREAKING (1): 1 on the wire"), run.output());
        assertTrue(Files.readString(work.resolve("review/summary.md")).contains("Compared with `main`."));
    }

    @Test
    void answersAUsageErrorWithStatusTwo(@TempDir Path work) throws IOException {
        // given
        Path head = Files.writeString(work.resolve("library.yaml"), LIBRARY);

        // when
        List<ReviewCommand> runs = List.of(
                ReviewCommand.run("--head", head.toString(), "--out", work.toString()),
                ReviewCommand.run("--base", head.toString(), "--head", head.toString(), "--out", work.toString(),
                        "--colour", "red"),
                ReviewCommand.run("--base", "no-such-ref", "--head", head.toString(), "--out", work.toString()),
                ReviewCommand.run("--base", head.toString(), "--head", head.toString(), "--out", work.toString(),
                        "--baseline-major", "two"));

        // then
        List<String> errors = new ArrayList<>();
        runs.forEach(run -> {
            assertEquals(2, run.status(), run.output());
            errors.add(run.errors().lines().findFirst().orElseThrow());
        });
        assertEquals(List.of("spec-review: missing --base", "spec-review: unknown option --colour",
                "spec-review: --base no-such-ref is neither a file nor a git ref: " + head.toAbsolutePath()
                        + " is not inside a git work tree",
                "spec-review: --baseline-major must be a number, not two"), errors);
    }

    private static void git(Path folder, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", folder.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).inheritIO().start();
        assertEquals(0, process.waitFor(), String.join(" ", command));
    }
}
