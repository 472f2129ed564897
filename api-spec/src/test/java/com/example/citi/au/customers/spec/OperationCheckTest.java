package com.example.citi.au.customers.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class OperationCheckTest {

    private static final String RETRIEVE_CUSTOMER = "GET /v1/customers/{customerId}: ";

    @Test
    void acceptsFullyDocumentedOperations() {
        // given
        OperationCheck check = new OperationCheck(Fixtures.model("valid-minimal.yaml"));

        // when
        List<String> findings = check.findings();

        // then
        assertEquals(List.of(), findings);
    }

    @Test
    void reportsOperationWithoutSummary() {
        // given
        OperationCheck check = new OperationCheck(Fixtures.model("missing-summary.yaml"));

        // when
        List<String> findings = check.findings();

        // then
        assertEquals(List.of(RETRIEVE_CUSTOMER + "missing summary"), findings);
    }

    @Test
    void reportsOperationWithoutDescription() {
        // given
        OperationCheck check = new OperationCheck(Fixtures.model("missing-description.yaml"));

        // when
        List<String> findings = check.findings();

        // then
        assertEquals(List.of(RETRIEVE_CUSTOMER + "missing description"), findings);
    }

    @Test
    void reportsOperationWithoutOperationId() {
        // given
        OperationCheck check = new OperationCheck(Fixtures.model("missing-operation-id.yaml"));

        // when
        List<String> findings = check.findings();

        // then
        assertEquals(List.of(RETRIEVE_CUSTOMER + "missing operationId"), findings);
    }

    @Test
    void reportsOperationWithoutTag() {
        // given
        OperationCheck check = new OperationCheck(Fixtures.model("missing-tags.yaml"));

        // when
        List<String> findings = check.findings();

        // then
        assertEquals(List.of(RETRIEVE_CUSTOMER + "missing tag"), findings);
    }

    @Test
    void reportsOperationWithoutXSource() {
        // given
        OperationCheck check = new OperationCheck(Fixtures.model("missing-x-source.yaml"));

        // when
        List<String> findings = check.findings();

        // then
        assertEquals(List.of(RETRIEVE_CUSTOMER + "missing x-source"), findings);
    }

    @Test
    void reportsXSourceOutsideTheAllowedValues() {
        // given
        OperationCheck check = new OperationCheck(Fixtures.model("invalid-x-source.yaml"));

        // when
        List<String> findings = check.findings();

        // then
        assertEquals(List.of(RETRIEVE_CUSTOMER + "x-source 'guessed' is not one of transcribed, inferred, designed"),
                findings);
    }

    @Test
    void reportsOperationWithoutClientErrorResponse() {
        // given
        OperationCheck check = new OperationCheck(Fixtures.model("missing-error-response.yaml"));

        // when
        List<String> findings = check.findings();

        // then
        assertEquals(List.of(RETRIEVE_CUSTOMER + "no documented 4xx response"), findings);
    }

    @Test
    void reportsOperationWithoutServerErrorResponse() {
        // given
        OperationCheck check = new OperationCheck(Fixtures.model("missing-server-error-response.yaml"));

        // when
        List<String> findings = check.findings();

        // then
        assertEquals(List.of(RETRIEVE_CUSTOMER + "no documented 5xx response"), findings);
    }
}
