package com.example.citi.au.customers.review.report;

import com.example.citi.au.customers.review.SpecReview;
import com.example.citi.au.customers.review.Verdict;
import com.example.citi.au.customers.review.changelog.ChangelogEntry;
import com.example.citi.au.customers.review.version.Bump;
import com.example.citi.au.customers.review.version.VersionVerdict;
import com.example.citi.au.customers.review.spec.OperationRef;
import com.example.citi.au.customers.review.wire.ChangeGroup;
import com.example.citi.au.customers.review.wire.ProvenanceChange;
import com.example.citi.au.customers.review.wire.SpecComparison;
import java.util.List;

/** The review as Markdown, ready to paste into a pull request. */
public final class ReviewSummary {

    private ReviewSummary() {
    }

    public static String markdown(SpecReview review) {
        SpecComparison comparison = review.comparison();
        StringBuilder out = new StringBuilder();
        out.append(Verdict.line(review)).append("\n\n");
        out.append("# Spec review: ").append(review.title().isEmpty() ? "" : review.title() + ", ")
                .append("info.version ").append(comparison.oldVersion()).append(" -> ").append(comparison.newVersion())
                .append("\n\n");
        out.append("Compared with `").append(review.base()).append("`.\n\n");
        review.notes().forEach(note -> out.append(note).append("\n\n"));
        operations(out, comparison);
        changes(out, "Breaking changes on the wire", "Each breaks a client written against the old spec.",
                ChangeGroup.of(comparison.breaking()), "Why it breaks");
        out.append(ClientImpactReport.markdown(review.clientImpact(), "##"));
        changes(out, "Warnings", "Clients keep working, but should look at these.",
                ChangeGroup.of(comparison.warnings()), "Why it matters");
        changes(out, "Compatible changes", "Clients written against the old spec keep working.",
                ChangeGroup.of(comparison.compatible()), "Why it is safe");
        lint(out, review.lintFindings());
        provenance(out, review.provenance());
        version(out, review);
        gate(out, review);
        return out.toString();
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

    public static String name(OperationRef operation) {
        return "`" + operation.method() + " " + operation.path() + "`"
                + (operation.operationId() == null ? "" : " " + operation.operationId());
    }

    private static void lint(StringBuilder out, List<String> findings) {
        out.append("## Lint findings\n\n");
        if (findings.isEmpty()) {
            out.append("None: the new spec passes the structural checks and the lint rules.\n\n");
            return;
        }
        findings.forEach(finding -> out.append("- ").append(finding).append('\n'));
        out.append('\n');
    }

    /** Only for specs that record provenance ({@code x-source}); the section says nothing to others. */
    private static void provenance(StringBuilder out, List<ProvenanceChange> changes) {
        if (changes.stream().allMatch(change -> change.before() == null && change.after() == null)) {
            return;
        }
        out.append("## Provenance\n\n");
        out.append("| Operation | x-source before | x-source after |\n|---|---|---|\n");
        changes.forEach(change -> out.append("| ").append(name(change.operation())).append(" | ")
                .append(change.before() == null ? "(new operation)" : change.before()).append(" | ")
                .append(change.after() == null ? "(removed)" : change.after()).append(" |\n"));
        out.append('\n');
    }

    private static void version(StringBuilder out, SpecReview review) {
        out.append("## Version\n\n");
        VersionVerdict version = review.version();
        if (version.expected().isEmpty()) {
            out.append("The base's info.version is not MAJOR.MINOR.PATCH: no version is required.\n\n");
        } else if (version.required() == Bump.NONE) {
            out.append("The document is unchanged apart from info.version: no new version and no changelog entry "
                    + "are required.\n\n");
            return;
        } else {
            out.append("This change needs a **").append(version.required().label()).append("** version: ")
                    .append(version.expected()).append(" or later (the base is ").append(review.comparison().oldVersion())
                    .append("; the head says ").append(review.comparison().newVersion()).append(").\n\n");
        }
        out.append("### Changelog entry\n\n").append("The entry `scripts/spec-review --write-changelog` writes into "
                + "CHANGELOG.md:\n\n```markdown\n")
                .append(ChangelogEntry.markdown(review, review.released()).stripTrailing()).append("\n```\n\n");
    }

    private static void gate(StringBuilder out, SpecReview review) {
        out.append("## Gate\n\n");
        if (review.gate().majorRelease()) {
            out.append("The breaking changes above are released as major version ")
                    .append(review.comparison().newVersion()).append(": the gate accepts them.\n");
            return;
        }
        if (review.gate().passes()) {
            out.append("The gate passes: no change breaks a client of the base.\n");
            return;
        }
        out.append("The gate fails:\n\n");
        review.gate().findings().forEach(finding -> out.append("- ").append(finding).append('\n'));
    }
}
