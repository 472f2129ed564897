package com.example.citi.au.customers.spec;

import io.swagger.v3.oas.models.OpenAPI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Everything a reviewer of a spec change needs, computed from the old and the new spec. */
record SpecReview(String base, SpecComparison comparison, List<String> lintFindings, List<ProvenanceChange> provenance,
                  Optional<BreakingChangeGate.Verdict> gate, Optional<String> baselineNote) {

    /**
     * @param base           what the new spec is compared with, as the reviewer should read it (a git ref)
     * @param baseline       the baseline the build gate uses, if the review should show its verdict
     * @param baseBaseline   the baseline as it was at {@code base}, to tell whether this change touched it
     */
    static SpecReview of(String base, String oldYaml, String newYaml, Optional<Baseline> baseline,
                         Optional<Baseline> baseBaseline, StyleRules rules) {
        SpecDocument oldDocument = SpecDocument.parse(oldYaml);
        SpecDocument newDocument = SpecDocument.parse(newYaml);
        List<String> lint = new ArrayList<>(SpecChecks.findings(newDocument));
        lint.addAll(SpecLint.findings(newDocument, rules));
        List<ProvenanceChange> provenance = oldDocument.unresolvedModel().isPresent()
                && newDocument.unresolvedModel().isPresent()
                ? ProvenanceChange.between(model(oldDocument), model(newDocument))
                : List.of();
        return new SpecReview(base, SpecComparator.compare(oldYaml, newYaml), lint, provenance,
                baseline.map(current -> BreakingChangeGate.judge(current, newYaml)),
                baseline.flatMap(current -> baselineNote(current, baseBaseline)));
    }

    private static OpenAPI model(SpecDocument document) {
        return document.unresolvedModel().orElseThrow();
    }

    private static Optional<String> baselineNote(Baseline current, Optional<Baseline> before) {
        if (before.isEmpty()) {
            return Optional.of("The baseline " + current.fileName() + " is new in this change.");
        }
        if (!before.get().fileName().equals(current.fileName())) {
            return Optional.of("The baseline was replaced: " + before.get().fileName() + " -> " + current.fileName()
                    + " (a major release).");
        }
        if (!before.get().yaml().equals(current.yaml())) {
            return Optional.of("**Warning:** the released baseline " + current.fileName() + " was edited in place. "
                    + "A baseline changes only by being replaced, together with a major version bump.");
        }
        return Optional.empty();
    }
}
