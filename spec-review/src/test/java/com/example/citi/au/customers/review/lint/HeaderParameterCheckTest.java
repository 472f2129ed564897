package com.example.citi.au.customers.review.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.citi.au.customers.review.spec.Fixtures;
import com.example.citi.au.customers.review.spec.Reviews;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderParameterCheckTest {

    @Test
    void acceptsPublicSandboxOperationWithoutAuthorization() {
        // given
        HeaderParameterCheck check = new HeaderParameterCheck(Fixtures.model("valid-minimal.yaml"), Reviews.CUSTOMERS_RULES);

        // when
        List<String> findings = check.findings();

        // then
        assertEquals(List.of(), findings);
    }

    @Test
    void reportsOperationMissingARequiredHeader() {
        // given
        HeaderParameterCheck check = new HeaderParameterCheck(Fixtures.model("missing-header.yaml"), Reviews.CUSTOMERS_RULES);

        // when
        List<String> findings = check.findings();

        // then
        assertEquals(List.of("GET /v1/customers/{customerId}: missing header parameter ClientId"), findings);
    }

    @Test
    void reportsHeaderDeclaredInlineInsteadOfByReference() {
        // given
        HeaderParameterCheck check = new HeaderParameterCheck(Fixtures.model("inline-header-parameter.yaml"), Reviews.CUSTOMERS_RULES);

        // when
        List<String> findings = check.findings();

        // then
        assertEquals(List.of("GET /v1/customers/{customerId}: missing header parameter Authorization"), findings);
    }

    @Test
    void reportsOperationWithRequestBodyButWithoutContentType() {
        // given
        HeaderParameterCheck check = new HeaderParameterCheck(Fixtures.model("missing-content-type.yaml"), Reviews.CUSTOMERS_RULES);

        // when
        List<String> findings = check.findings();

        // then
        assertEquals(List.of("POST /v1/customers: missing header parameter ContentType"), findings);
    }

    @Test
    void reportsSandboxOperationWithoutAuthorizationWhenItIsNotPublic() {
        // given
        HeaderParameterCheck check =
                new HeaderParameterCheck(Fixtures.model("sandbox-operation-without-public-security.yaml"), Reviews.CUSTOMERS_RULES);

        // when
        List<String> findings = check.findings();

        // then
        assertEquals(List.of("POST /v1/oauth/token: missing header parameter Authorization"), findings);
    }

    @Test
    void reportsHeaderComponentsThatAreNotDeclaredAsExpected() {
        // given
        HeaderParameterCheck check = new HeaderParameterCheck(Fixtures.model("misdeclared-header-components.yaml"), Reviews.CUSTOMERS_RULES);

        // when
        List<String> findings = check.findings();

        // then
        assertEquals(List.of(
                "components.parameters.Uuid: must be in: header",
                "components.parameters.ClientId: must be required: true",
                "components.parameters.ClientDetails: must not be required"), findings);
    }
}
