package com.example.citi.au.customers.spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The build gate: the spec changes only compatibly against the baseline of its major version.
 * A breaking change passes only as a new major version whose baseline is the new spec itself.
 */
final class BreakingChangeGate {

    private BreakingChangeGate() {
    }

    record Verdict(List<String> findings, Optional<SpecComparison> comparison) {

        boolean passes() {
            return findings.isEmpty();
        }
    }

    static Verdict judge(Path baselineDirectory, String specYaml) {
        Baseline baseline;
        try {
            baseline = Baseline.in(baselineDirectory);
        } catch (RuntimeException e) {
            return new Verdict(List.of(e.getMessage()), Optional.empty());
        }
        return judge(baseline, specYaml);
    }

    static Verdict judge(Baseline baseline, String specYaml) {
        SpecComparison comparison;
        try {
            comparison = SpecComparator.compare(baseline.yaml(), specYaml);
        } catch (RuntimeException e) {
            return new Verdict(List.of("cannot compare the spec with " + baseline.fileName() + ": " + e.getMessage()),
                    Optional.empty());
        }
        List<String> findings = new ArrayList<>();
        Optional<Integer> baselineMajor = SpecVersion.major(comparison.oldVersion());
        Optional<Integer> specMajor = SpecVersion.major(comparison.newVersion());
        if (baselineMajor.isEmpty() || baselineMajor.get() != baseline.major()) {
            findings.add(baseline.fileName() + " holds info.version " + comparison.oldVersion()
                    + ": a baseline is named after the major version it holds");
        }
        if (specMajor.isEmpty()) {
            findings.add("info.version " + comparison.newVersion() + " does not start with a major number");
        } else if (specMajor.get() < baseline.major()) {
            findings.add("info.version " + comparison.newVersion() + " is older than the baseline " + baseline.fileName());
        } else if (specMajor.get() > baseline.major()) {
            findings.add("info.version " + comparison.newVersion() + " starts major version " + specMajor.get()
                    + " but the baseline is still " + baseline.fileName() + ": a major release replaces the baseline "
                    + "in the same change (copy customers-api.yaml to src/main/baseline/customers-api-"
                    + specMajor.get() + ".yaml and delete " + baseline.fileName() + ")");
        }
        comparison.breaking().forEach(change ->
                findings.add("breaking change against " + baseline.fileName() + ": " + change.describe()));
        if (comparison.isBreaking() && specMajor.isPresent() && specMajor.get() == baseline.major()) {
            findings.add("either make the change compatible, or release major version " + (baseline.major() + 1)
                    + ": set info.version to " + (baseline.major() + 1) + ".0.0 and replace " + baseline.fileName()
                    + " with a copy of the new spec named customers-api-" + (baseline.major() + 1) + ".yaml");
        }
        return new Verdict(findings, Optional.of(comparison));
    }
}
