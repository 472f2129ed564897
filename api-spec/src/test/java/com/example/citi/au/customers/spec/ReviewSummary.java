package com.example.citi.au.customers.spec;

import java.util.ArrayList;
import java.util.List;

/** The review as Markdown, ready to paste into a pull request. */
final class ReviewSummary {

    private ReviewSummary() {
    }

    static String markdown(SpecReview review) {
        SpecComparison comparison = review.comparison();
        StringBuilder out = new StringBuilder();
        out.append("# Spec review: customers-api.yaml, info.version ").append(comparison.oldVersion()).append(" -> ")
                .append(comparison.newVersion()).append("\n\n");
        out.append("Compared with `").append(review.base()).append("`.\n\n");
        out.append(verdict(review)).append("\n\n");
        operations(out, comparison);
        changes(out, "Breaking changes", "Each breaks a client written against the old spec.",
                ChangeGroup.of(comparison.breaking()), "Why it breaks");
        changes(out, "Compatible changes", "Clients written against the old spec keep working.",
                ChangeGroup.of(comparison.compatible()), "Why it is safe");
        lint(out, review.lintFindings());
        provenance(out, review.provenance());
        gate(out, review);
        return out.toString();
    }

    static String verdict(SpecReview review) {
        SpecComparison comparison = review.comparison();
        List<String> parts = new ArrayList<>();
        int breaking = ChangeGroup.of(comparison.breaking()).size();
        parts.add(breaking > 0 ? "**" + count(breaking, "breaking change") + "**" : "**No breaking change**");
        parts.add(count(ChangeGroup.of(comparison.compatible()).size(), "compatible change"));
        parts.add(count(review.lintFindings().size(), "lint finding"));
        review.gate().ifPresent(gate -> parts.add("build gate " + (gate.passes() ? "passes" : "**fails**")));
        return String.join(" · ", parts) + ".";
    }

    private static void operations(StringBuilder out, SpecComparison comparison) {
        out.append("## Operations\n\n");
        if (comparison.added().isEmpty() && comparison.removed().isEmpty() && comparison.changed().isEmpty()) {
            out.append("No operation added, removed or changed.\n\n");
            return;
        }
        out.append("| | Method | Path | operationId |\n|---|---|---|---|\n");
        comparison.added().forEach(operation -> row(out, "added", operation));
        comparison.removed().forEach(operation -> row(out, "**removed**", operation));
        comparison.changed().forEach(operation -> row(out, "changed", operation));
        out.append('\n');
    }

    private static void row(StringBuilder out, String what, OperationRef operation) {
        out.append("| ").append(what).append(" | ").append(operation.method()).append(" | `").append(operation.path())
                .append("` | ").append(operation.operationId() == null ? "" : "`" + operation.operationId() + "`")
                .append(" |\n");
    }

    /** One item per change; a change shared by several operations (a shared schema) is listed once. */
    private static void changes(StringBuilder out, String title, String lead, List<ChangeGroup> groups, String why) {
        out.append("## ").append(title).append("\n\n");
        if (groups.isEmpty()) {
            out.append("None.\n\n");
            return;
        }
        out.append(lead).append("\n\n");
        for (ChangeGroup group : groups) {
            List<String> operations = group.operations().stream().map(ReviewSummary::name).toList();
            if (operations.size() == 1) {
                out.append("- ").append(operations.get(0)).append(": ").append(group.describe()).append(".\n  ")
                        .append(why).append(": ").append(group.why()).append(".\n");
            } else {
                out.append("- ").append(group.describe()).append(".\n  ").append(why).append(": ").append(group.why())
                        .append(".\n  In ").append(operations.size()).append(" operations: ")
                        .append(String.join(", ", operations)).append(".\n");
            }
        }
        out.append('\n');
    }

    static String name(OperationRef operation) {
        return "`" + operation.method() + " " + operation.path() + "`"
                + (operation.operationId() == null ? "" : " " + operation.operationId());
    }

    private static void lint(StringBuilder out, List<String> findings) {
        out.append("## Lint findings\n\n");
        if (findings.isEmpty()) {
            out.append("None: the new spec passes the build checks and the lint rules of "
                    + "`api-spec/src/main/lint/style-rules.properties`.\n\n");
            return;
        }
        findings.forEach(finding -> out.append("- ").append(finding).append('\n'));
        out.append('\n');
    }

    private static void provenance(StringBuilder out, List<ProvenanceChange> changes) {
        out.append("## Provenance\n\n");
        if (changes.isEmpty()) {
            out.append("No operation changed its `x-source`.\n\n");
            return;
        }
        out.append("| Operation | x-source before | x-source after |\n|---|---|---|\n");
        changes.forEach(change -> out.append("| ").append(name(change.operation())).append(" | ")
                .append(change.before() == null ? "(new operation)" : change.before()).append(" | ")
                .append(change.after() == null ? "(removed)" : change.after()).append(" |\n"));
        out.append('\n');
    }

    private static void gate(StringBuilder out, SpecReview review) {
        if (review.gate().isEmpty()) {
            return;
        }
        BreakingChangeGate.Verdict gate = review.gate().get();
        out.append("## Build gate\n\n");
        review.baselineNote().ifPresent(note -> out.append(note).append("\n\n"));
        if (gate.passes()) {
            out.append("`./mvnw verify` passes the breaking-change gate against the committed baseline.\n");
            return;
        }
        out.append("`./mvnw verify` fails the breaking-change gate against the committed baseline:\n\n");
        gate.findings().forEach(finding -> out.append("- ").append(finding).append('\n'));
    }

    private static String count(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
