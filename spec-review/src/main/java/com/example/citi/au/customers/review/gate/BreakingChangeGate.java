package com.example.citi.au.customers.review.gate;

import com.example.citi.au.customers.review.spec.SpecVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The gate: within a major version the spec changes only compatibly. A breaking change passes only
 * as a new major version, and where the head carries a released baseline, only once that baseline
 * has moved to the new major too.
 */
public final class BreakingChangeGate {

    private BreakingChangeGate() {
    }

    /**
     * @param breaking      each breaking change, as the reviewer reads it
     * @param baselineMajor the major version of the released baseline the head ships with, if it has one
     */
    public static GateVerdict judge(String baseVersion, String headVersion, List<String> breaking,
                                    OptionalInt baselineMajor) {
        List<String> findings = new ArrayList<>();
        Optional<Integer> baseMajor = SpecVersion.major(baseVersion);
        Optional<Integer> headMajor = SpecVersion.major(headVersion);
        if (headMajor.isEmpty()) {
            findings.add("info.version " + headVersion + " does not start with a major number");
            breaking.forEach(change -> findings.add("breaking change: " + change));
            return new GateVerdict(findings, false);
        }
        int head = headMajor.get();
        if (baselineMajor.isPresent() && head > baselineMajor.getAsInt()) {
            findings.add("info.version " + headVersion + " starts major version " + head + " but the released baseline "
                    + "is still major " + baselineMajor.getAsInt() + ": a major release moves the baseline to major "
                    + head + " in the same change");
        } else if (baselineMajor.isPresent() && head < baselineMajor.getAsInt()) {
            findings.add("info.version " + headVersion + " is older than the released baseline, major "
                    + baselineMajor.getAsInt());
        }
        if (baseMajor.isPresent() && head < baseMajor.get()) {
            findings.add("info.version " + headVersion + " is older than the base's " + baseVersion);
        }
        boolean majorRelease = baseMajor.isPresent() && head > baseMajor.get()
                && (baselineMajor.isEmpty() || baselineMajor.getAsInt() == head);
        if (!breaking.isEmpty() && !majorRelease) {
            breaking.forEach(change -> findings.add("breaking change: " + change));
            int next = baseMajor.orElse(head) + 1;
            findings.add("either make the change compatible, or release major version " + next + ": set info.version to "
                    + next + ".0.0" + (baselineMajor.isPresent() ? " and move the released baseline to major " + next
                    + " in the same change" : ""));
        }
        return new GateVerdict(findings, majorRelease && !breaking.isEmpty());
    }
}
