package com.example.citi.au.customers.spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes {@code summary.md} of a spec review; run by {@code scripts/spec-review}, which extracts
 * the old spec from git. Arguments:
 * <pre>
 * --base LABEL              what the spec is compared with, as shown to the reviewer (a git ref)
 * --base-spec FILE          the spec at that ref
 * --base-baseline-dir DIR   the baseline folder at that ref (may be empty)
 * --spec FILE               the spec under review
 * --baseline-dir DIR        the baseline folder under review
 * --out DIR                 where summary.md goes
 * </pre>
 */
public final class SpecReviewMain {

    private static final List<String> OPTIONS =
            List.of("--base", "--base-spec", "--base-baseline-dir", "--spec", "--baseline-dir", "--out");

    private SpecReviewMain() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = options(args);
        // an unreadable baseline folder fails the build, so it fails the review too, with the same message
        Optional<Baseline> baseline = Optional.of(Baseline.in(Path.of(options.get("--baseline-dir"))));
        SpecReview review = SpecReview.of(options.get("--base"),
                Files.readString(Path.of(options.get("--base-spec"))),
                Files.readString(Path.of(options.get("--spec"))),
                baseline,
                baseBaseline(Path.of(options.get("--base-baseline-dir"))),
                StyleRules.committed());
        Path out = Path.of(options.get("--out"));
        Files.createDirectories(out);
        Path summary = Files.writeString(out.resolve("summary.md"), ReviewSummary.markdown(review));
        System.out.println("spec review: " + ReviewSummary.verdict(review).replace("*", ""));
        System.out.println("spec review: wrote " + summary.toAbsolutePath().normalize());
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        List<String> missing = OPTIONS.stream()
                .filter(option -> options.get(option) == null || options.get(option).startsWith("${"))
                .toList();
        if (!missing.isEmpty() || args.length != OPTIONS.size() * 2) {
            throw new IllegalArgumentException("usage: SpecReviewMain " + String.join(" VALUE ", OPTIONS)
                    + " VALUE; missing or unknown: " + (missing.isEmpty() ? List.of(args) : missing)
                    + " (run scripts/spec-review rather than this class)");
        }
        return options;
    }

    /** The baseline at the base ref; none where that ref has no baseline yet. */
    private static Optional<Baseline> baseBaseline(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Baseline.in(folder));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
