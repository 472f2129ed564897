package com.example.citi.au.customers.review.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.citi.au.customers.review.spec.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecurityCheckTest {

    @Test
    void acceptsOperationsCoveredByTheGlobalSecurityOrTheirOwn() {
        // given
        SecurityCheck check = new SecurityCheck(Fixtures.model("lint-clean.yaml"));

        // when
        List<String> findings = check.findings();

        // then
        assertEquals(List.of(), findings);
    }

    @Test
    void reportsOperationWithoutSecurityAndUndeclaredSchemesAndScopesButAcceptsDeclaredPublicOperation() {
        // given
        SecurityCheck check = new SecurityCheck(Fixtures.model("lint-security-violations.yaml"));

        // when
        List<String> findings = check.findings();

        // then
        assertEquals(List.of(
                "GET /v1/customers: declares no security, and there is no global security",
                "GET /v1/customers/{customerId}/phoneNumbers: security: scope 'customers_write' is not declared by oauth",
                "GET /v1/customers/{customerId}/phoneNumbers: security: security scheme 'apiKey' "
                        + "is not declared in components.securitySchemes"), findings);
    }

    @Test
    void reportsAPublicWriteAndAJwtSchemeThatDoesNotNameRfc8725() {
        // given
        SecurityCheck check = new SecurityCheck(Fixtures.model("lint-resource-limits.yaml"));

        // when
        List<String> findings = check.findings();

        // then: the bearer scheme names RFC8725; the OAuth scheme does not
        assertEquals(List.of(
                "POST /v1/notes: writes without a security scheme (security: [])",
                "components.securitySchemes.oauth: its tokens are JWTs, but its description does not name RFC8725 "
                        + "(JSON Web Token Best Current Practices)"), findings);
    }
}
