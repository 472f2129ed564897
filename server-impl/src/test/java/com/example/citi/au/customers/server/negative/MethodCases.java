package com.example.citi.au.customers.server.negative;

import com.example.citi.au.customers.server.support.SpecOperations.SpecOperation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every method a declared path does not declare, sent to it as its operation's valid request with
 * only the method changed: HEAD, OPTIONS and TRACE, which Spring MVC and Tomcat would otherwise
 * answer themselves, the other standard methods, and a method no standard names. Each must get
 * 405 {@code methodNotAllowed} with {@code Allow} naming exactly the declared methods. The cases go
 * with the path's first operation (by method), once per path.
 */
final class MethodCases {

    private static final List<String> METHODS =
            List.of("GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE", "PROPFIND");

    private MethodCases() {
    }

    static List<NegativeCase> of(SpecOperation operation, Probe valid, List<SpecOperation> all) {
        Set<String> declared = new TreeSet<>();
        all.stream().filter(other -> other.pathTemplate().equals(operation.pathTemplate()))
                .forEach(other -> declared.add(other.method()));
        if (!declared.iterator().next().equals(operation.method())) {
            return List.of();
        }
        List<NegativeCase> cases = new ArrayList<>();
        for (String method : METHODS) {
            if (!declared.contains(method)) {
                boolean bodyless = method.equals("HEAD") || method.equals("OPTIONS") || method.equals("TRACE");
                Probe probe = new Probe(valid.caller(), method, valid.path(), valid.query(), valid.headerChanges(),
                        bodyless ? null : valid.body());
                cases.add(new NegativeCase(operation.operationId(), Category.METHOD, operation.pathTemplate(), method,
                        probe, Expectation.methodNotAllowed(declared)));
            }
        }
        return cases;
    }
}
