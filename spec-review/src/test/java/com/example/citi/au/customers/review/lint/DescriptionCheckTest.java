package com.example.citi.au.customers.review.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.citi.au.customers.review.spec.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class DescriptionCheckTest {

    @Test
    void acceptsDocumentDescribedEverywhere() {
        // given
        DescriptionCheck check = new DescriptionCheck(Fixtures.model("lint-clean.yaml"));

        // when
        List<String> findings = check.findings();

        // then
        assertEquals(List.of(), findings);
    }

    @Test
    void reportsTagSchemeSchemaParameterHeaderAndNestedPropertyWithoutDescription() {
        // given
        DescriptionCheck check = new DescriptionCheck(Fixtures.model("lint-missing-descriptions.yaml"));

        // when
        List<String> findings = check.findings();

        // then
        assertEquals(List.of(
                "tag 'Customers': missing description",
                "components.securitySchemes.oauth: missing description",
                "components.schemas.PhoneNumbers: missing description",
                "GET /v1/customers/{customerId}/phoneNumbers: parameter phoneType: missing description",
                "GET /v1/customers/{customerId}/phoneNumbers: response 200 header X-Rate-Limit-Remaining: "
                        + "missing description",
                "components.schemas.PhoneNumbers.phones[].extension: property 'digits': missing description"), findings);
    }
}
