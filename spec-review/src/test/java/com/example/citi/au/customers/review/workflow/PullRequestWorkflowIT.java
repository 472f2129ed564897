package com.example.citi.au.customers.review.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.citi.au.customers.review.spec.SpecMutation;
import com.example.citi.au.customers.review.version.Bump;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The script the pull-request workflow runs (scripts/spec-review-pr), end to end with the packaged
 * jar: a repository with a base and a head commit of the contract, a pull_request event file, a job
 * summary file, and a stand-in for GitHub's gh that keeps the pull request's comments.
 */
class PullRequestWorkflowIT {

    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    private static final String SPEC = "api-spec/src/main/resources/openapi/customers-api.yaml";
    private static final List<String> FILES = List.of("scripts/spec-review", "scripts/spec-review-pr", SPEC,
            "api-spec/src/main/lint/style-rules.properties", "client-gen/pom.xml", "CHANGELOG.md");
    private static final String MARKER = "<!-- spec-review -->";

    /** Answers gh api as GitHub would for one pull request's comments, kept in comments.json; logs each call. */
    private static final String FAKE_GH = """
            #!/usr/bin/env bash
            set -euo pipefail
            state="$FAKE_GH_STATE/comments.json"
            [ -f "$state" ] || echo '[]' > "$state"
            echo "$*" >> "$FAKE_GH_STATE/calls.log"
            if [ -n "${FAKE_GH_REFUSE:-}" ]; then echo "HTTP 403: Resource not accessible by integration" >&2; exit 1; fi
            [ "$1" = api ] || { echo "fake gh: only api" >&2; exit 1; }
            shift
            if [ "$1" = -X ]; then
              method=$2; path=$3; body_file=${5#body=@}
              body=$(cat "$body_file")
              if [ "$method" = POST ]; then
                jq --arg body "$body" '. + [{"id": (100 + length + 1), "body": $body}]' "$state" > "$state.new"
              else
                id=${path##*/}
                jq --arg body "$body" --argjson id "$id" 'map(if .id == $id then .body = $body else . end)' \\
                  "$state" > "$state.new"
              fi
              mv "$state.new" "$state"
              echo '{}'
            else
              cat "$state"
            fi
            """;

    @TempDir
    Path work;

    @Test
    void commentsOnceWithTheConsumerMethodsThatNoLongerCompileAndFailsTheCheckThenUpdatesTheCommentOnTheNextPush()
            throws Exception {
        // given: a pull request that renames an operationId
        Path repository = repository();
        String base = git(repository, "rev-parse", "HEAD").trim();
        git(repository, "checkout", "-q", "-b", "rename");
        change(repository, "operationId: retrieveCustomerProfile\n", "operationId: getCustomerProfile\n");
        commit(repository, "Rename retrieveCustomerProfile");
        Path event = Files.writeString(work.resolve("event.json"),
                "{\"pull_request\": {\"number\": 7, \"base\": {\"sha\": \"" + base + "\"}}}");

        // when
        Run first = runWorkflowScript(repository, event);

        // then: the check fails, the verdict comes first, the job summary and the comment carry the summary
        assertEquals(1, first.status(), first.output());
        assertTrue(first.output().startsWith("BREAKING (5): 0 on the wire, 5 in client code, 0 for old clients"),
                first.output());
        String summary = Files.readString(repository.resolve("api-spec/target/review/summary.md"));
        assertEquals(summary, Files.readString(work.resolve("step-summary.md")));
        String comment = onlyComment();
        assertTrue(comment.startsWith(MARKER + "\n" + summary.lines().findFirst().orElseThrow() + "\n"), comment);
        assertTrue(comment.contains("- `CustomerProfileApi.retrieveCustomerProfile()` removed: code written against "
                + "the old client no longer compiles."), comment);
        assertTrue(comment.contains("## Version\n\nThis change needs a **major** version: " + nextMajor() + " or later"),
                comment);
        assertTrue(comment.contains("```markdown\n## [" + specVersion() + "] - "), comment);
        assertTrue(comment.contains("### Breaking\n\n- `CustomerProfileApi.retrieveCustomerProfile()` removed"), comment);
        assertTrue(comment.endsWith("the `spec-review` artifact of [this run](https://github.com/acme/customers/"
                + "actions/runs/42)."), comment);
        assertTrue(Files.isRegularFile(repository.resolve("api-spec/target/review/docs/index.html")));
        assertTrue(Files.isRegularFile(repository.resolve("api-spec/target/review/client-impact.md")));

        // when: the author makes the change compatible, moves the version a patch with its entry, and pushes again
        change(repository, "operationId: getCustomerProfile\n", "operationId: retrieveCustomerProfile\n");
        change(repository, "      summary: Retrieve Customer Personal Details\n",
                "      summary: Retrieve the Customer's Personal Details\n");
        String patch = SpecMutation.of(Files.readString(PROJECT.resolve(SPEC))).versionBumped(Bump.PATCH).tree()
                .path("info").path("version").asText();
        change(repository, "  version: " + specVersion() + "\n", "  version: " + patch + "\n");
        Path changelog = repository.resolve("CHANGELOG.md");
        Files.writeString(changelog, Files.readString(changelog).replaceFirst("\n## \\[",
                "\n## [" + patch + "] - 2026-12-07\n\n### Fixed\n\n- A summary reworded.\n\n## ["));
        commit(repository, "Keep the operationId");
        Run second = runWorkflowScript(repository, event);

        // then: the check passes and the one comment is updated, not joined by another
        assertEquals(0, second.status(), second.output());
        assertTrue(second.output().startsWith("NO API CHANGE"), second.output());
        assertTrue(onlyComment().startsWith(MARKER + "\nNO API CHANGE"), onlyComment());
        assertEquals(List.of("api repos/acme/customers/issues/7/comments --paginate",
                "api -X POST repos/acme/customers/issues/7/comments -F body=@api-spec/target/review/comment.md",
                "api repos/acme/customers/issues/7/comments --paginate",
                "api -X PATCH repos/acme/customers/issues/comments/101 -F body=@api-spec/target/review/comment.md"),
                Files.readAllLines(work.resolve("gh/calls.log")));
    }

    @Test
    void keepsTheVerdictWhenTheTokenMayNotComment() throws Exception {
        // given: a pull request from a fork, whose token may not write comments
        Path repository = repository();
        String base = git(repository, "rev-parse", "HEAD").trim();
        Path event = Files.writeString(work.resolve("event.json"),
                "{\"pull_request\": {\"number\": 8, \"base\": {\"sha\": \"" + base + "\"}}}");

        // when
        Run run = runWorkflowScript(repository, event, Map.of("FAKE_GH_REFUSE", "1"));

        // then
        assertEquals(0, run.status(), run.output());
        assertTrue(run.output().startsWith("NO API CHANGE"), run.output());
        assertTrue(run.output().contains("::warning::spec-review-pr: could not comment on pull request #8"), run.output());
        assertTrue(Files.readString(work.resolve("step-summary.md")).startsWith("NO API CHANGE"));
    }

    @Test
    void refusesToRunOutsideAPullRequestEvent() throws Exception {
        // given
        Path repository = repository();
        Path event = Files.writeString(work.resolve("push.json"), "{\"ref\": \"refs/heads/main\"}");

        // when
        Run run = runWorkflowScript(repository, event);

        // then
        assertEquals(2, run.status(), run.output());
        assertTrue(run.output().contains("is not a pull_request event"), run.output());
    }

    private static String specVersion() throws IOException {
        return SpecMutation.of(Files.readString(PROJECT.resolve(SPEC))).tree().path("info").path("version").asText();
    }

    private static String nextMajor() throws IOException {
        return SpecMutation.of(Files.readString(PROJECT.resolve(SPEC))).versionBumped(Bump.MAJOR).tree().path("info")
                .path("version").asText();
    }

    private Path repository() throws IOException, InterruptedException {
        Path repository = Files.createDirectories(work.resolve("repository"));
        for (String file : FILES) {
            Files.createDirectories(repository.resolve(file).getParent());
            Files.copy(PROJECT.resolve(file), repository.resolve(file));
        }
        Path baselines = Files.createDirectories(repository.resolve("api-spec/src/main/baseline"));
        try (var released = Files.list(PROJECT.resolve("api-spec/src/main/baseline"))) {
            for (Path baseline : released.toList()) {
                Files.copy(baseline, baselines.resolve(baseline.getFileName()));
            }
        }
        git(repository, "init", "-q", "-b", "main");
        commit(repository, "The contract");
        return repository;
    }

    private static void change(Path repository, String from, String to) throws IOException {
        Path spec = repository.resolve(SPEC);
        String text = Files.readString(spec);
        assertTrue(text.contains(from), from);
        Files.writeString(spec, text.replace(from, to));
    }

    private static void commit(Path repository, String message) throws IOException, InterruptedException {
        git(repository, "add", "-A");
        git(repository, "-c", "user.name=Designer", "-c", "user.email=designer@example.org", "commit", "-q", "-m",
                message);
    }

    private Run runWorkflowScript(Path repository, Path event) throws IOException, InterruptedException {
        return runWorkflowScript(repository, event, Map.of());
    }

    private Run runWorkflowScript(Path repository, Path event, Map<String, String> extra)
            throws IOException, InterruptedException {
        Path bin = Files.createDirectories(work.resolve("bin"));
        Path gh = bin.resolve("gh");
        if (!Files.exists(gh)) {
            Files.writeString(gh, FAKE_GH);
            Files.setPosixFilePermissions(gh, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Files.createDirectories(work.resolve("gh"));
        ProcessBuilder builder = new ProcessBuilder("bash", "scripts/spec-review-pr")
                .directory(repository.toFile())
                .redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.put("PATH", bin + ":" + environment.get("PATH"));
        environment.put("FAKE_GH_STATE", work.resolve("gh").toString());
        environment.put("GITHUB_EVENT_PATH", event.toString());
        environment.put("GITHUB_STEP_SUMMARY", work.resolve("step-summary.md").toString());
        environment.put("GITHUB_REPOSITORY", "acme/customers");
        environment.put("GITHUB_RUN_ID", "42");
        environment.put("SPEC_REVIEW_JAR", Path.of("target/spec-review.jar").toAbsolutePath().toString());
        environment.putAll(extra);
        Files.deleteIfExists(work.resolve("step-summary.md"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the script did not finish");
        return new Run(process.exitValue(), output);
    }

    private String onlyComment() throws IOException, InterruptedException {
        String comments = Files.readString(work.resolve("gh/comments.json"));
        Process jq = new ProcessBuilder("jq", "-r", "if length == 1 then .[0].body else error(\"not one comment\") end")
                .redirectErrorStream(true).start();
        jq.getOutputStream().write(comments.getBytes(StandardCharsets.UTF_8));
        jq.getOutputStream().close();
        String body = new String(jq.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, jq.waitFor(), body);
        return body.substring(0, body.length() - 1);
    }

    private static String git(Path repository, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", repository.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), String.join(" ", command) + "\n" + output);
        return output;
    }

    private record Run(int status, String output) {
    }
}
