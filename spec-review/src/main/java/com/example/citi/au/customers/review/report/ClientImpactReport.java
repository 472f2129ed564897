package com.example.citi.au.customers.review.report;

import com.example.citi.au.customers.review.client.ClientChange;
import com.example.citi.au.customers.review.client.ClientImpact;
import com.example.citi.au.customers.review.client.ExampleFailure;
import com.example.citi.au.customers.review.spec.OperationRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The client-code impact in the consumer's terms, grouped by operation: a section of the summary, and
 * {@code client-impact.md} on its own.
 */
public final class ClientImpactReport {

    private ClientImpactReport() {
    }

    /** @param level the Markdown heading level of the section ("#" on its own, "##" inside the summary) */
    public static String markdown(ClientImpact impact, String level) {
        StringBuilder out = new StringBuilder();
        out.append(level).append(" Client code impact\n\n");
        if (impact.notAssessed().isPresent()) {
            out.append("Not assessed: ").append(impact.notAssessed().get()).append(".\n\n");
            return out.toString();
        }
        out.append("The Java client generated from the base and from the head (").append(impact.generator())
                .append("), compared with japicmp.\n\n");
        if (impact.changes().isEmpty()) {
            out.append("No change breaks code written against the client of the base.\n\n");
        } else {
            out.append("Code written against the client of the base meets these changes:\n\n");
            byOperations(impact.changes()).forEach((operations, changes) -> {
                out.append(level).append("# ").append(heading(operations)).append("\n\n");
                changes.forEach(change -> out.append("- ").append(change.what()).append(": ")
                        .append(change.consequence()).append(".\n"));
                out.append('\n');
            });
        }
        out.append(level).append("# Old client, new examples\n\n");
        if (impact.oldClientFailures().isEmpty()) {
            out.append("The client of the base reads every JSON example answer of the head.\n\n");
        } else {
            out.append("Consumers who have not regenerated their client fail at run time on these answers:\n\n");
            for (ExampleFailure failure : impact.oldClientFailures()) {
                out.append("- ").append(ReviewSummary.name(failure.operation())).append(" response ")
                        .append(failure.status()).append(", example `").append(failure.example())
                        .append("`: cannot be read as `").append(failure.javaType()).append("` (")
                        .append(failure.error()).append(").\n");
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static Map<Set<OperationRef>, List<ClientChange>> byOperations(List<ClientChange> changes) {
        Map<Set<OperationRef>, List<ClientChange>> groups = new LinkedHashMap<>();
        changes.stream()
                .sorted((a, b) -> heading(a.operations()).compareTo(heading(b.operations())))
                .forEach(change -> groups.computeIfAbsent(change.operations(), key -> new ArrayList<>()).add(change));
        return groups;
    }

    private static String heading(Set<OperationRef> operations) {
        if (operations.isEmpty()) {
            return "The client's shared classes";
        }
        return operations.stream().map(ReviewSummary::name).collect(Collectors.joining(", "));
    }
}
