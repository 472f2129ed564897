package com.example.citi.au.customers.server.negative;

import com.example.citi.au.customers.server.support.ErrorShape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** What is wrong with an answer to a method the path does not declare, which must be 405 with Allow. */
final class MethodAnswer {

    private MethodAnswer() {
    }

    static List<String> problems(String method, Set<String> allowed, int status, String allow, String body) {
        List<String> problems = new ArrayList<>();
        if (status != 405) {
            problems.add("status " + status + ", expected 405");
        }
        Set<String> named = allow == null ? Set.of()
                : Arrays.stream(allow.split(",")).map(String::trim).collect(Collectors.toCollection(TreeSet::new));
        if (!named.equals(new TreeSet<>(allowed))) {
            problems.add("Allow " + allow + ", expected " + new TreeSet<>(allowed));
        }
        if (method.equals("HEAD")) {
            if (body != null && !body.isEmpty()) {
                problems.add("a body in the answer to HEAD");
            }
        } else {
            problems.addAll(ErrorShape.violations(body));
            if (!body.contains("\"code\":\"methodNotAllowed\"")) {
                problems.add("code is not methodNotAllowed: " + body);
            }
        }
        return problems;
    }
}
