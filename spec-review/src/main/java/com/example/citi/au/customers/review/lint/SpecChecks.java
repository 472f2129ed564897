package com.example.citi.au.customers.review.lint;

import com.example.citi.au.customers.review.spec.SpecDocument;
import java.util.ArrayList;
import java.util.List;

public final class SpecChecks {

    private SpecChecks() {
    }

    public static List<String> findings(SpecDocument document, StyleRules rules) {
        List<String> findings = new ArrayList<>();
        document.parseMessages().forEach(message -> findings.add("swagger-parser: " + message));
        document.unresolvedModel().ifPresent(api -> List.of(
                        new OperationCheck(api, rules),
                        new OperationIdCheck(api),
                        new HeaderParameterCheck(api, rules),
                        new ExampleCheck(api),
                        new ExampleCoverageCheck(api))
                .forEach(check -> findings.addAll(check.findings())));
        return findings;
    }
}
