package com.example.citi.au.customers.review;

import com.example.citi.au.customers.review.client.ClientGeneratorConfig;
import com.example.citi.au.customers.review.lint.StyleRules;
import com.example.citi.au.customers.review.report.ClientImpactReport;
import com.example.citi.au.customers.review.report.DocsRenderer;
import com.example.citi.au.customers.review.report.ReviewSummary;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The review as a command. Its first line of output is the verdict; its exit status is 0 when the
 * gate passes, 1 when a breaking change fails it, 2 on a usage error.
 */
public final class SpecReviewMain {

    static final String USAGE = """
            usage: java -jar spec-review.jar --base FILE|GIT_REF --head FILE --out DIR [options]
              --base FILE|GIT_REF      the spec before the change: a file, or the head's file at a git ref
              --head FILE              the spec after the change
              --out DIR                where summary.md, client-impact.md and docs/index.html go
              --baseline-major N       the major version of the released baseline the head ships with: a
                                       breaking change passes only as that new major version
              --rules FILE             lint rules (a properties file); default: the tool's own
              --client-config POM[#ID] the openapi-generator execution (id ID, default generate-client) whose
                                       Java client is compared; default: java/native with Jackson 3;
                                       'none' skips the client-code impact
              --base-label TEXT        how the summary names the base (default: the file name or git ref)
              --note TEXT              a paragraph for the summary (repeatable)
              --changelog FILE         the gate fails when FILE (Keep a Changelog) has no entry for the head's version
              --write-changelog FILE   writes the head version's entry into FILE first (replacing an older one)
              --release-date DATE      the date of that entry, YYYY-MM-DD (default: today, UTC)""";

    private static final String DEFAULT_EXECUTION = "generate-client";

    private SpecReviewMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        SpecReview review;
        Path folder;
        try {
            Options options = Options.parse(args);
            Path head = options.path("--head");
            if (!Files.isRegularFile(head)) {
                throw new UsageException("--head " + head + " is not a file");
            }
            BaseSpec base = BaseSpec.resolve(options.required("--base"), head);
            folder = options.path("--out");
            review = SpecReview.of(new ReviewInput(options.optional("--base-label").orElse(base.label()), base.yaml(),
                    read(head), rules(options), baselineMajor(options), client(options), options.all("--note"),
                    releaseDate(options)));
            review = ChangelogCheck.apply(review, options.optional("--changelog").map(Path::of),
                    options.optional("--write-changelog").map(Path::of));
        } catch (UsageException e) {
            err.println("spec-review: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("summary.md"), ReviewSummary.markdown(review), StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("client-impact.md"), ClientImpactReport.markdown(review.clientImpact(), "#"),
                    StandardCharsets.UTF_8);
            DocsRenderer.render(review.headYaml(), folder.resolve("docs"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println(Verdict.line(review));
        review.gate().findings().forEach(finding -> out.println("  " + finding));
        out.println("spec-review: wrote " + folder.resolve("summary.md") + ", client-impact.md and docs/index.html");
        return Verdict.exitStatus(review);
    }

    private static LocalDate releaseDate(Options options) {
        Optional<String> date = options.optional("--release-date");
        try {
            return date.map(LocalDate::parse).orElseGet(() -> LocalDate.now(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            throw new UsageException("--release-date must be YYYY-MM-DD, not " + date.get());
        }
    }

    private static StyleRules rules(Options options) {
        return options.optional("--rules").map(Path::of).map(StyleRules::read).orElseGet(StyleRules::defaults);
    }

    private static OptionalInt baselineMajor(Options options) {
        Optional<String> major = options.optional("--baseline-major");
        if (major.isEmpty()) {
            return OptionalInt.empty();
        }
        if (!major.get().matches("\\d{1,4}")) {
            throw new UsageException("--baseline-major must be a number, not " + major.get());
        }
        return OptionalInt.of(Integer.parseInt(major.get()));
    }

    private static Optional<ClientGeneratorConfig> client(Options options) {
        Optional<String> config = options.optional("--client-config");
        if (config.isEmpty()) {
            return Optional.of(ClientGeneratorConfig.defaults());
        }
        if (config.get().equals("none")) {
            return Optional.empty();
        }
        String[] pomAndExecution = config.get().split("#", 2);
        Path pom = Path.of(pomAndExecution[0]);
        if (!Files.isRegularFile(pom)) {
            throw new UsageException("--client-config " + pom + " is not a file");
        }
        try {
            return Optional.of(ClientGeneratorConfig.fromPom(pom,
                    pomAndExecution.length == 2 ? pomAndExecution[1] : DEFAULT_EXECUTION));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** The command line: every option takes one value; only --note may repeat. */
    private record Options(List<String[]> pairs) {

        private static final List<String> KNOWN = List.of("--base", "--head", "--out", "--baseline-major", "--rules",
                "--client-config", "--base-label", "--note", "--changelog", "--write-changelog", "--release-date");

        static Options parse(String[] args) {
            if (args.length % 2 != 0) {
                throw new UsageException("every option takes a value");
            }
            List<String[]> pairs = new ArrayList<>();
            for (int i = 0; i < args.length; i += 2) {
                String name = args[i];
                if (!KNOWN.contains(name)) {
                    throw new UsageException("unknown option " + name);
                }
                if (!name.equals("--note") && pairs.stream().anyMatch(pair -> pair[0].equals(name))) {
                    throw new UsageException(name + " given twice");
                }
                pairs.add(new String[] {name, args[i + 1]});
            }
            return new Options(pairs);
        }

        String required(String name) {
            return optional(name).orElseThrow(() -> new UsageException("missing " + name));
        }

        Path path(String name) {
            return Path.of(required(name));
        }

        Optional<String> optional(String name) {
            return pairs.stream().filter(pair -> pair[0].equals(name)).map(pair -> pair[1]).findFirst();
        }

        List<String> all(String name) {
            return pairs.stream().filter(pair -> pair[0].equals(name)).map(pair -> pair[1]).toList();
        }
    }
}
