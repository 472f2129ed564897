package com.example.citi.au.customers.review.wire;

import com.example.citi.au.customers.review.spec.OperationRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One change as a reviewer reads it: a change to a shared component shows up once per operation
 * and response status in openapi-diff, and once here, with the operations and statuses it touches.
 */
public record ChangeGroup(ApiChange.Level level, Set<String> statuses, String what, String why, Set<OperationRef> operations) {

    private static final Pattern RESPONSE = Pattern.compile("^response (\\S+?):? (.*)$");

    public static List<ChangeGroup> of(List<ApiChange> changes) {
        Map<List<Object>, ChangeGroup> groups = new LinkedHashMap<>();
        for (ApiChange change : changes) {
            Matcher response = RESPONSE.matcher(change.what());
            String what = response.matches() ? response.group(2) : change.what();
            ChangeGroup group = groups.computeIfAbsent(List.of(change.level(), response.matches(), what, change.why()),
                    key -> new ChangeGroup(change.level(), new TreeSet<>(), what, change.why(),
                            new LinkedHashSet<>()));
            if (response.matches()) {
                group.statuses().add(response.group(1));
            }
            group.operations().add(change.operation());
        }
        return new ArrayList<>(groups.values());
    }

    /** The change, with the responses it is in: "response 400, 401 `location`: property removed". */
    /** The change with every operation it touches and why it matters: one line of the gate's verdict. */
    public String describeWithOperations() {
        return operations.stream().map(OperationRef::label).collect(java.util.stream.Collectors.joining(", ")) + ": "
                + describe() + " - " + why;
    }

    public String describe() {
        if (statuses.isEmpty()) {
            return what;
        }
        boolean namesAPart = what.startsWith("`") || what.startsWith("header ");
        return "response " + String.join(", ", statuses) + (namesAPart ? " " : ": ") + what;
    }
}
