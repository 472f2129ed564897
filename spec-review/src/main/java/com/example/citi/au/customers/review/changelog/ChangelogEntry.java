package com.example.citi.au.customers.review.changelog;

import com.example.citi.au.customers.review.SpecReview;
import com.example.citi.au.customers.review.client.ClientChange;
import com.example.citi.au.customers.review.client.ExampleFailure;
import com.example.citi.au.customers.review.report.ReviewSummary;
import com.example.citi.au.customers.review.wire.ChangeGroup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The changelog entry of a reviewed change, in Keep a Changelog's layout and in the consumer's terms:
 * what breaks first (the client method or class a consumer's code meets, then the wire change
 * behind it), then additions, then other compatible changes and those that need a look, then fixes
 * of the documentation.
 */
public final class ChangelogEntry {

    private static final int NAMED_OPERATIONS = 3;
    private static final Pattern ADDITION = Pattern.compile("added|^new\\b|: new\\b");

    private ChangelogEntry() {
    }

    public static String markdown(SpecReview review, LocalDate released) {
        StringBuilder out = new StringBuilder();
        out.append("## [").append(review.comparison().newVersion()).append("] - ").append(released).append("\n\n");
        List<String> breaking = new ArrayList<>();
        review.clientImpact().changes().stream().map(ChangelogEntry::inClientCode).forEach(breaking::add);
        review.clientImpact().oldClientFailures().stream().map(ChangelogEntry::forOldClients).forEach(breaking::add);
        ChangeGroup.of(review.comparison().breaking()).stream().map(group -> onTheWire(group, "")).forEach(breaking::add);
        section(out, "Breaking", breaking);
        List<ChangeGroup> compatible = ChangeGroup.of(review.comparison().compatible());
        section(out, "Added", compatible.stream().filter(ChangelogEntry::isAddition)
                .map(group -> onTheWire(group, "")).toList());
        List<String> changed = new ArrayList<>(compatible.stream().filter(group -> !isAddition(group))
                .map(group -> onTheWire(group, "")).toList());
        ChangeGroup.of(review.comparison().warnings()).stream()
                .map(group -> onTheWire(group, " (" + group.why() + ")")).forEach(changed::add);
        section(out, "Changed", changed);
        section(out, "Fixed", ChangeGroup.of(review.comparison().documentation()).stream()
                .map(group -> onTheWire(group, "")).toList());
        if (breaking.isEmpty() && review.comparison().changes().isEmpty()) {
            out.append("No change to the API.\n\n");
        }
        return out.toString();
    }

    private static boolean isAddition(ChangeGroup group) {
        return ADDITION.matcher(group.what()).find();
    }

    private static String inClientCode(ClientChange change) {
        String where = change.operations().isEmpty() ? "the client's shared classes"
                : change.operations().stream().map(ReviewSummary::name).collect(Collectors.joining(", "));
        return change.what() + " (" + where + "): " + change.consequence() + ".";
    }

    private static String forOldClients(ExampleFailure failure) {
        return ReviewSummary.name(failure.operation()) + " response " + failure.status() + ": a client generated "
                + "before this version cannot read it as `" + failure.javaType() + "`; regenerate the client.";
    }

    /** A change of a few operations names them first; one shared by many lists their operationIds after it. */
    private static String onTheWire(ChangeGroup group, String why) {
        if (group.operations().size() <= NAMED_OPERATIONS) {
            String operations = group.operations().stream().map(ReviewSummary::name).collect(Collectors.joining(", "));
            return operations + ": " + group.describe() + why + ".";
        }
        String operationIds = group.operations().stream()
                .map(operation -> "`" + (operation.operationId() == null ? operation.method() + " " + operation.path()
                        : operation.operationId()) + "`")
                .collect(Collectors.joining(", "));
        return group.describe() + why + ", in " + group.operations().size() + " operations: " + operationIds + ".";
    }

    private static void section(StringBuilder out, String title, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        out.append("### ").append(title).append("\n\n");
        items.forEach(item -> out.append("- ").append(item).append('\n'));
        out.append('\n');
    }
}
