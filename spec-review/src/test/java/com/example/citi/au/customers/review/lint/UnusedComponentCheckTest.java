package com.example.citi.au.customers.review.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.citi.au.customers.review.spec.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnusedComponentCheckTest {

    @Test
    void acceptsComponentsReachedFromOperationsDirectlyOrThroughOtherComponents() {
        // given
        UnusedComponentCheck check = new UnusedComponentCheck(Fixtures.model("lint-clean.yaml"));

        // when
        List<String> findings = check.findings();

        // then
        assertEquals(List.of(), findings);
    }

    @Test
    void reportsComponentsNoOperationReachesIncludingThoseUsedOnlyByUnusedOnes() {
        // given
        UnusedComponentCheck check = new UnusedComponentCheck(Fixtures.model("lint-unused-components.yaml"));

        // when
        List<String> findings = check.findings();

        // then
        assertEquals(List.of(
                "components.schemas.Legacy: not used by any operation",
                "components.schemas.Reason: not used by any operation",
                "components.responses.Gone: not used by any operation",
                "components.parameters.PageSize: not used by any operation",
                "components.examples.Orphan: not used by any operation",
                "components.securitySchemes.apiKey: not used by any operation"), findings);
    }
}
