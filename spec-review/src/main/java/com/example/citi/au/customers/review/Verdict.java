package com.example.citi.au.customers.review;

import com.example.citi.au.customers.review.wire.ChangeGroup;
import java.util.ArrayList;
import java.util.List;

/**
 * The first line of the summary and of the command's output: BREAKING (n), COMPATIBLE or NO API
 * CHANGE, then the counts per kind.
 */
public final class Verdict {

    private Verdict() {
    }

    public static String line(SpecReview review) {
        List<String> counts = new ArrayList<>();
        int breaking = review.breakingCount();
        String word;
        if (breaking > 0) {
            word = "BREAKING (" + breaking + ")";
            counts.add(review.wireBreaking() + " on the wire");
            counts.add(review.clientImpact().changes().size() + " in client code");
            counts.add(review.clientImpact().oldClientFailures().size() + " for old clients");
        } else if (isApiChange(review)) {
            word = "COMPATIBLE";
        } else {
            word = "NO API CHANGE";
        }
        List<String> rest = new ArrayList<>();
        rest.add(count(ChangeGroup.of(review.comparison().compatible()).size(), "compatible change"));
        rest.add(count(ChangeGroup.of(review.comparison().warnings()).size(), "warning"));
        rest.add(count(review.lintFindings().size(), "lint finding"));
        if (review.clientImpact().notAssessed().isPresent()) {
            rest.add("client impact not assessed");
        }
        if (review.gate().majorRelease()) {
            rest.add("released as major version " + majorOf(review.comparison().newVersion()));
        } else if (!review.gate().passes()) {
            rest.add("gate fails");
        }
        return word + (counts.isEmpty() ? "" : ": " + String.join(", ", counts)) + " · " + String.join(" · ", rest);
    }

    /** The exit status of the command: 0 the gate passes, 1 it fails; 2 is kept for usage errors. */
    public static int exitStatus(SpecReview review) {
        return review.gate().passes() ? 0 : 1;
    }

    private static boolean isApiChange(SpecReview review) {
        return !review.comparison().compatible().isEmpty() || !review.comparison().warnings().isEmpty()
                || !review.comparison().breaking().isEmpty();
    }

    private static String majorOf(String version) {
        return version == null ? "?" : version.split("\\.")[0];
    }

    private static String count(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
