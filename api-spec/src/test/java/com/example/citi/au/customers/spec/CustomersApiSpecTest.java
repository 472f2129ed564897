package com.example.citi.au.customers.spec;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.citi.au.customers.review.lint.SpecChecks;
import com.example.citi.au.customers.review.lint.SpecLint;
import com.example.citi.au.customers.review.lint.StyleRules;
import com.example.citi.au.customers.review.spec.SpecDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract's build checks and lint, as the review tool runs them with the contract's own rules. */
class CustomersApiSpecTest {

    private static final Path SPEC = Path.of("src/main/resources/openapi/customers-api.yaml");
    private static final StyleRules RULES = StyleRules.read(Path.of("src/main/lint/style-rules.properties"));

    @Test
    void customersApiSpecHasNoFindings() throws IOException {
        // given
        SpecDocument document = SpecDocument.parse(Files.readString(SPEC));

        // when
        List<String> findings = SpecChecks.findings(document, RULES);

        // then
        assertTrue(findings.isEmpty(),
                () -> findings.size() + " finding(s) in " + SPEC + ":\n  " + String.join("\n  ", findings) + "\n");
    }

    @Test
    void customersApiSpecHasNoLintFindings() throws IOException {
        // given
        SpecDocument document = SpecDocument.parse(Files.readString(SPEC));

        // when
        List<String> findings = SpecLint.findings(document, RULES);

        // then
        assertTrue(findings.isEmpty(),
                () -> findings.size() + " lint finding(s) in " + SPEC + ":\n  " + String.join("\n  ", findings) + "\n");
    }
}
