package com.example.citi.au.customers.review.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.citi.au.customers.review.spec.Fixtures;
import com.example.citi.au.customers.review.spec.Reviews;
import java.util.List;
import org.junit.jupiter.api.Test;

class OperationCheckTest {

    private static final String RETRIEVE_CUSTOMER = "GET /v1/customers/{customerId}: ";

    @Test
    void acceptsFullyDocumentedOperations() {
        // given
        OperationCheck check = new OperationCheck(Fixtures.model("valid-minimal.yaml"), Reviews.CUSTOMERS_RULES);

        // when
        List<String> findings = check.findings();

        // then
        assertEquals(List.of(), findings);
    }

    @Test
    void reportsOperationWithoutSummary() {
        // given
        OperationCheck check = new OperationCheck(Fixtures.model("missing-summary.yaml"), Reviews.CUSTOMERS_RULES);

        // when
        List<String> findings = check.findings();

        // then
        assertEquals(List.of(RETRIEVE_CUSTOMER + "missing summary"), findings);
    }

    @Test
    void reportsOperationWithoutDescription() {
        // given
        OperationCheck check = new OperationCheck(Fixtures.model("missing-description.yaml"), Reviews.CUSTOMERS_RULES);

        // when
        List<String> findings = check.findings();

        // then
        assertEquals(List.of(RETRIEVE_CUSTOMER + "missing description"), findings);
    }

    @Test
    void reportsOperationWithoutOperationId() {
        // given
        OperationCheck check = new OperationCheck(Fixtures.model("missing-operation-id.yaml"), Reviews.CUSTOMERS_RULES);

        // when
        List<String> findings = check.findings();

        // then
        assertEquals(List.of(RETRIEVE_CUSTOMER + "missing operationId"), findings);
    }

    @Test
    void reportsOperationWithoutTag() {
        // given
        OperationCheck check = new OperationCheck(Fixtures.model("missing-tags.yaml"), Reviews.CUSTOMERS_RULES);

        // when
        List<String> findings = check.findings();

        // then
        assertEquals(List.of(RETRIEVE_CUSTOMER + "missing tag"), findings);
    }

    @Test
    void reportsOperationWithoutXSource() {
        // given
        OperationCheck check = new OperationCheck(Fixtures.model("missing-x-source.yaml"), Reviews.CUSTOMERS_RULES);

        // when
        List<String> findings = check.findings();

        // then
        assertEquals(List.of(RETRIEVE_CUSTOMER + "missing x-source"), findings);
    }

    @Test
    void reportsXSourceOutsideTheAllowedValues() {
        // given
        OperationCheck check = new OperationCheck(Fixtures.model("invalid-x-source.yaml"), Reviews.CUSTOMERS_RULES);

        // when
        List<String> findings = check.findings();

        // then
        assertEquals(List.of(RETRIEVE_CUSTOMER + "x-source 'guessed' is not one of transcribed, inferred, designed"),
                findings);
    }

    @Test
    void reportsOperationWithoutClientErrorResponse() {
        // given
        OperationCheck check = new OperationCheck(Fixtures.model("missing-error-response.yaml"), Reviews.CUSTOMERS_RULES);

        // when
        List<String> findings = check.findings();

        // then
        assertEquals(List.of(RETRIEVE_CUSTOMER + "no documented 4xx response"), findings);
    }

    @Test
    void reportsOperationWithoutServerErrorResponse() {
        // given
        OperationCheck check = new OperationCheck(Fixtures.model("missing-server-error-response.yaml"), Reviews.CUSTOMERS_RULES);

        // when
        List<String> findings = check.findings();

        // then
        assertEquals(List.of(RETRIEVE_CUSTOMER + "no documented 5xx response"), findings);
    }
}
