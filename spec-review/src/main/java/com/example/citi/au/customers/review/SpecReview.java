package com.example.citi.au.customers.review;

import com.example.citi.au.customers.review.client.ClientImpact;
import com.example.citi.au.customers.review.gate.BreakingChangeGate;
import com.example.citi.au.customers.review.gate.GateVerdict;
import com.example.citi.au.customers.review.lint.SpecChecks;
import com.example.citi.au.customers.review.lint.SpecLint;
import com.example.citi.au.customers.review.spec.SpecDocument;
import com.example.citi.au.customers.review.version.VersionPolicy;
import com.example.citi.au.customers.review.version.VersionVerdict;
import com.example.citi.au.customers.review.wire.ApiChange;
import com.example.citi.au.customers.review.wire.ChangeGroup;
import com.example.citi.au.customers.review.wire.ProvenanceChange;
import com.example.citi.au.customers.review.wire.SpecComparator;
import com.example.citi.au.customers.review.wire.SpecComparison;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Everything a reviewer of a spec change needs, computed from the base and the head spec. */
public record SpecReview(String title, String base, String headYaml, SpecComparison comparison, ClientImpact clientImpact,
                         List<String> lintFindings, List<ProvenanceChange> provenance, GateVerdict gate,
                         VersionVerdict version, List<String> notes, LocalDate released) {

    public static SpecReview of(ReviewInput input) {
        SpecDocument base = SpecDocument.parse(input.baseYaml());
        SpecDocument head = SpecDocument.parse(input.headYaml());
        List<String> lint = new ArrayList<>(SpecChecks.findings(head, input.rules()));
        lint.addAll(SpecLint.findings(head, input.rules()));
        List<ProvenanceChange> provenance = base.unresolvedModel().isPresent() && head.unresolvedModel().isPresent()
                ? ProvenanceChange.between(base.unresolvedModel().get(), head.unresolvedModel().get())
                : List.of();
        SpecComparison comparison = SpecComparator.compare(input.baseYaml(), input.headYaml());
        ClientImpact clientImpact = input.client()
                .map(config -> ClientImpact.between(input.baseYaml(), input.headYaml(), config))
                .orElse(ClientImpact.NOT_ASSESSED);
        List<String> breaking = new ArrayList<>();
        ChangeGroup.of(comparison.breaking()).forEach(group -> breaking.add(group.describeWithOperations()));
        breaking.addAll(clientImpact.breaking());
        GateVerdict breakingGate = BreakingChangeGate.judge(comparison.oldVersion(), comparison.newVersion(), breaking,
                input.baselineMajor());
        VersionVerdict version = version(input, comparison, !breaking.isEmpty());
        List<String> findings = new ArrayList<>(breakingGate.findings());
        if (breakingGate.passes()) {
            findings.addAll(version.findings());
        }
        GateVerdict gate = new GateVerdict(List.copyOf(findings), breakingGate.majorRelease());
        String title = head.unresolvedModel()
                .map(api -> api.getInfo() == null || api.getInfo().getTitle() == null ? "" : api.getInfo().getTitle())
                .orElse("");
        return new SpecReview(title, input.baseLabel(), input.headYaml(), comparison, clientImpact, List.copyOf(lint), provenance, gate,
                version, input.notes(), input.released());
    }

    private static VersionVerdict version(ReviewInput input, SpecComparison comparison, boolean breaking) {
        boolean apiChanged = comparison.changes().stream()
                .anyMatch(change -> change.level() != ApiChange.Level.DOCUMENTATION);
        return VersionPolicy.judge(comparison.oldVersion(), comparison.newVersion(),
                VersionPolicy.required(breaking, apiChanged, input.baseYaml(), input.headYaml()));
    }

    /** Breaking changes on the wire, each shared change counted once. */
    public int wireBreaking() {
        return ChangeGroup.of(comparison.breaking()).size();
    }

    public int breakingCount() {
        return wireBreaking() + clientImpact.changes().size() + clientImpact.oldClientFailures().size();
    }

    /** The same review, refused for one more reason (one the review alone cannot see, such as a missing changelog entry). */
    public SpecReview refusedAlsoBecause(String finding) {
        List<String> findings = new ArrayList<>(gate.findings());
        findings.add(finding);
        return new SpecReview(title, base, headYaml, comparison, clientImpact, lintFindings, provenance,
                new GateVerdict(List.copyOf(findings), gate.majorRelease()), version, notes, released);
    }
}
