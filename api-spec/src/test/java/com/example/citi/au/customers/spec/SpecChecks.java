package com.example.citi.au.customers.spec;

import java.util.ArrayList;
import java.util.List;

final class SpecChecks {

    private SpecChecks() {
    }

    static List<String> findings(SpecDocument document) {
        List<String> findings = new ArrayList<>();
        document.parseMessages().forEach(message -> findings.add("swagger-parser: " + message));
        document.unresolvedModel().ifPresent(api -> List.of(
                        new OperationCheck(api),
                        new OperationIdCheck(api),
                        new HeaderParameterCheck(api),
                        new ExampleCheck(api),
                        new ExampleCoverageCheck(api))
                .forEach(check -> findings.addAll(check.findings())));
        return findings;
    }
}
