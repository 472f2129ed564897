package com.example.citi.au.customers.review.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.citi.au.customers.review.spec.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExampleCoverageCheckTest {

    @Test
    void acceptsResponsesWhoseExamplesAreInlineOrReferenced() {
        // given
        ExampleCoverageCheck check = new ExampleCoverageCheck(Fixtures.model("valid-minimal.yaml"));

        // when
        List<String> findings = check.findings();

        // then
        assertEquals(List.of(), findings);
    }

    @Test
    void reportsResponseBodiesWithoutExample() {
        // given
        ExampleCoverageCheck check = new ExampleCoverageCheck(Fixtures.model("missing-example.yaml"));

        // when
        List<String> findings = check.findings();

        // then
        assertEquals(List.of(
                "components.responses.NotFound: response body has no example",
                "POST /v1/customers: response 400 body has no example"), findings);
    }
}
