package com.example.citi.au.customers.review.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.citi.au.customers.review.spec.Fixtures;
import com.example.citi.au.customers.review.spec.Reviews;
import com.example.citi.au.customers.review.spec.SpecDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecChecksTest {

    @Test
    void reportsNothingForAValidDocument() {
        // given
        SpecDocument document = Fixtures.document("valid-minimal.yaml");

        // when
        List<String> findings = SpecChecks.findings(document, Reviews.CUSTOMERS_RULES);

        // then
        assertEquals(List.of(), findings);
    }

    @Test
    void reportsOnlyTheParserMessageForAnUnparseableDocument() {
        // given
        SpecDocument document = Fixtures.document("unparseable.yaml");

        // when
        List<String> findings = SpecChecks.findings(document, Reviews.CUSTOMERS_RULES);

        // then
        assertEquals(1, findings.size(), findings::toString);
        assertTrue(findings.get(0).startsWith("swagger-parser: while parsing a flow sequence"), findings::toString);
    }

    @Test
    void reportsParserWarningsAsFindings() {
        // given
        SpecDocument document = Fixtures.document("parser-warning.yaml");

        // when
        List<String> findings = SpecChecks.findings(document, Reviews.CUSTOMERS_RULES);

        // then
        assertEquals(List.of("swagger-parser: attribute info.colour is unexpected"), findings);
    }
}
