package com.example.citi.au.customers.review.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.citi.au.customers.review.spec.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class OperationIdCheckTest {

    @Test
    void acceptsUniqueCamelCaseOperationIds() {
        // given
        OperationIdCheck check = new OperationIdCheck(Fixtures.model("valid-minimal.yaml"));

        // when
        List<String> findings = check.findings();

        // then
        assertEquals(List.of(), findings);
    }

    @Test
    void reportsOperationIdUsedByTwoOperations() {
        // given
        OperationIdCheck check = new OperationIdCheck(Fixtures.model("duplicate-operation-id.yaml"));

        // when
        List<String> findings = check.findings();

        // then
        assertEquals(List.of("operationId 'retrieveCustomer' is used by GET /v1/customers/{customerId}, POST /v1/customers"),
                findings);
    }

    @Test
    void reportsOperationIdThatIsNotCamelCase() {
        // given
        OperationIdCheck check = new OperationIdCheck(Fixtures.model("non-camel-case-operation-id.yaml"));

        // when
        List<String> findings = check.findings();

        // then
        assertEquals(List.of("POST /v1/oauth/token: operationId 'Obtain_access_token' is not camelCase"), findings);
    }
}
