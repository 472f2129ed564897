package com.example.citi.au.customers.review.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpecDocumentTest {

    @Test
    void reportsDocumentThatIsNotValidYaml() {
        // given
        String fixture = "unparseable.yaml";

        // when
        SpecDocument document = Fixtures.document(fixture);

        // then
        assertEquals(1, document.parseMessages().size(), document.parseMessages()::toString);
        assertTrue(document.parseMessages().get(0).startsWith("while parsing a flow sequence"),
                document.parseMessages()::toString);
        assertTrue(document.unresolvedModel().isEmpty());
    }

    @Test
    void reportsParserWarningForUnknownAttribute() {
        // given
        String fixture = "parser-warning.yaml";

        // when
        SpecDocument document = Fixtures.document(fixture);

        // then
        assertEquals(List.of("attribute info.colour is unexpected"), document.parseMessages());
    }

    @Test
    void keepsComponentReferencesInTheModel() {
        // given
        String fixture = "valid-minimal.yaml";

        // when
        SpecDocument document = Fixtures.document(fixture);

        // then
        assertEquals(List.of(), document.parseMessages());
        assertEquals("#/components/parameters/Authorization", document.unresolvedModel().orElseThrow()
                .getPaths().get("/v1/customers/{customerId}").getGet().getParameters().get(0).get$ref());
    }
}
