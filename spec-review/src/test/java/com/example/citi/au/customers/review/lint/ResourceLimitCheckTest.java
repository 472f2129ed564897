package com.example.citi.au.customers.review.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.citi.au.customers.review.spec.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceLimitCheckTest {

    @Test
    void reportsEveryUnboundedInputAndEveryUnboundedIntegerOrArrayOfAnAnswer() {
        // given
        ResourceLimitCheck check = new ResourceLimitCheck(Fixtures.model("lint-resource-limits.yaml"));

        // when
        List<String> findings = check.findings();

        // then: a maxLength, an enum or a bounded format bounds a string; a pattern alone does not;
        // strings of answers are not inputs
        assertEquals(List.of(
                "GET /v1/notes query parameter page: integer without maximum",
                "GET /v1/notes query parameter text: string without maxLength, enum or a bounded format (date, "
                        + "date-time, uuid)",
                "GET /v1/notes response 200: array without maxItems",
                "components.schemas.NewNote.author: string without maxLength, enum or a bounded format (date, "
                        + "date-time, uuid)",
                "components.schemas.NewNote.tags: array without maxItems",
                "components.schemas.NewNote.tags[]: string without maxLength, enum or a bounded format (date, "
                        + "date-time, uuid)",
                "components.schemas.Note.likes: integer without minimum and maximum"), findings);
    }

    @Test
    void findsNothingInTheContract() {
        // given
        ResourceLimitCheck check = new ResourceLimitCheck(
                com.example.citi.au.customers.review.spec.SpecDocument.parse(
                        com.example.citi.au.customers.review.spec.Reviews.CUSTOMERS_SPEC).unresolvedModel().orElseThrow());

        // then
        assertEquals(List.of(), check.findings());
    }
}
