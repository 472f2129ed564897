package com.example.citi.au.customers.review.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.citi.au.customers.review.spec.Fixtures;
import com.example.citi.au.customers.review.spec.Reviews;
import java.util.List;
import org.junit.jupiter.api.Test;

class StyleLintCheckTest {

    private static final String VALIDATOR = "openapi-style-validator: ";

    @Test
    void acceptsDocumentThatFollowsTheCommittedRules() {
        // given
        StyleLintCheck check = new StyleLintCheck(Fixtures.model("lint-clean.yaml"), Reviews.CUSTOMERS_RULES);

        // when
        List<String> findings = check.findings();

        // then
        assertEquals(List.of(), findings);
    }

    @Test
    void reportsMissingLicenseUndocumentedPropertyAndNamesAgainstTheConventions() {
        // given
        StyleLintCheck check = new StyleLintCheck(Fixtures.model("lint-style-violations.yaml"), Reviews.CUSTOMERS_RULES);

        // when
        List<String> findings = check.findings();

        // then
        assertEquals(List.of(
                VALIDATOR + "Section: APIInfo: 'license' -> Should be present and not empty",
                VALIDATOR + "in Model 'Error', property 'Details', field 'description' -> "
                        + "This field should be present and not empty",
                VALIDATOR + "in Model 'Error', property 'message' -> "
                        + "This property should be present or removed from the list of required",
                VALIDATOR + "in model Error 'Details' -> property should be in camelCase",
                VALIDATOR + "in path GET /v1/customers/{customerId}/phone-numbers 'phone_type' -> "
                        + "query parameter should be in camelCase",
                VALIDATOR + "in path /v1/customers/{customerId}/phone-numbers 'phone-numbers' -> "
                        + "path should be in camelCase"), findings);
    }
}
