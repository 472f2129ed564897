package com.example.citi.au.customers.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpecChecksTest {

    @Test
    void reportsNothingForAValidDocument() {
        // given
        SpecDocument document = Fixtures.document("valid-minimal.yaml");

        // when
        List<String> findings = SpecChecks.findings(document);

        // then
        assertEquals(List.of(), findings);
    }

    @Test
    void reportsOnlyTheParserMessageForAnUnparseableDocument() {
        // given
        SpecDocument document = Fixtures.document("unparseable.yaml");

        // when
        List<String> findings = SpecChecks.findings(document);

        // then
        assertEquals(1, findings.size(), findings::toString);
        assertTrue(findings.get(0).startsWith("swagger-parser: while parsing a flow sequence"), findings::toString);
    }

    @Test
    void reportsParserWarningsAsFindings() {
        // given
        SpecDocument document = Fixtures.document("parser-warning.yaml");

        // when
        List<String> findings = SpecChecks.findings(document);

        // then
        assertEquals(List.of("swagger-parser: attribute info.colour is unexpected"), findings);
    }
}
