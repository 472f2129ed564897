package com.example.citi.au.customers.review.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.citi.au.customers.review.spec.Fixtures;
import com.example.citi.au.customers.review.spec.Reviews;
import java.util.List;
import org.junit.jupiter.api.Test;

class NamingCheckTest {

    private static final String NOT_A_HEADER_NAME = "' is neither Hyphen-Upper-Case nor one of the header name exceptions "
            + "Authorization, uuid, Accept, client_id, Content-Type, clientDetails, "
            + "RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset";

    @Test
    void acceptsCitisHeaderNamesAndCamelCaseNestedProperties() {
        // given
        NamingCheck check = new NamingCheck(Fixtures.model("lint-clean.yaml"), Reviews.CUSTOMERS_RULES);

        // when
        List<String> findings = check.findings();

        // then
        assertEquals(List.of(), findings);
    }

    @Test
    void reportsHeaderParameterAndNestedPropertyNamesAgainstTheConventions() {
        // given
        NamingCheck check = new NamingCheck(Fixtures.model("lint-naming-violations.yaml"), Reviews.CUSTOMERS_RULES);

        // when
        List<String> findings = check.findings();

        // then
        assertEquals(List.of(
                "components.parameters.ClientId: header 'clientId" + NOT_A_HEADER_NAME,
                "components.parameters.CustomerIdPath: path parameter 'customer_id' is not camelCase",
                "GET /v1/customers/{customer_id}/phoneNumbers: response 200: header 'x_rate_limit_remaining"
                        + NOT_A_HEADER_NAME,
                "components.schemas.PhoneNumbers.phones[].extension: property 'Digits' is not camelCase"), findings);
    }
}
