package com.example.citi.au.customers.spec;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CustomersApiSpecTest {

    private static final String SPEC = "openapi/customers-api.yaml";

    @Test
    void customersApiSpecHasNoFindings() {
        // given
        SpecDocument document = SpecDocument.fromClasspath(SPEC);

        // when
        List<String> findings = SpecChecks.findings(document);

        // then
        assertTrue(findings.isEmpty(),
                () -> findings.size() + " finding(s) in " + SPEC + ":\n  " + String.join("\n  ", findings) + "\n");
    }

    @Test
    void customersApiSpecHasNoLintFindings() {
        // given
        SpecDocument document = SpecDocument.fromClasspath(SPEC);

        // when
        List<String> findings = SpecLint.findings(document, StyleRules.committed());

        // then
        assertTrue(findings.isEmpty(),
                () -> findings.size() + " lint finding(s) in " + SPEC + ":\n  " + String.join("\n  ", findings) + "\n");
    }
}
