package com.example.citi.au.customers.review.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.citi.au.customers.review.spec.Resources;
import com.example.citi.au.customers.review.spec.SpecMutation;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Changes beyond the corpus of the issue, each with the reason a reviewer reads. */
class ChangeExplainerTest {

    private static final String RELEASED = Resources.text("fixtures/valid-minimal.yaml");

    @Test
    void explainsResponseStatusRequiredPropertiesOperationIdAndFormatChanges() {
        // given
        String changed = SpecMutation.of(RELEASED).change(spec -> {
            SpecMutation.operation(spec, "/v1/customers", "post").put("operationId", "registerCustomer");
            ((ObjectNode) SpecMutation.operation(spec, "/v1/customers/{customerId}", "get").path("responses"))
                    .remove("404");
            ArrayNode required = SpecMutation.required(SpecMutation.schema(spec, "Customer"));
            required.remove(1);
            required.add("createdAt");
            SpecMutation.property(spec, "CustomerRequest", "birthDate").put("format", "date-time");
        }).yaml();

        // when
        SpecComparison comparison = SpecComparator.compare(RELEASED, changed);

        // then
        String retrieve = "GET /v1/customers/{customerId} (retrieveCustomer): ";
        String register = "POST /v1/customers (registerCustomer): ";
        assertEquals(List.of(
                "BREAKING " + retrieve + "response 404: removed - clients that handle 404 lose its documented body, "
                        + "and the server no longer promises it",
                "compatible " + retrieve + "response 200 `createdAt`: now always sent - clients that handled its "
                        + "absence are served as before",
                "BREAKING " + retrieve + "response 200 `email`: may now be absent - clients that expect it will find "
                        + "it missing",
                "compatible " + register + "operationId: changed from `createCustomer` to `registerCustomer` - nothing "
                        + "changes on the wire, but a client regenerated from the spec gets the method under its new "
                        + "name, so code calling the old name must follow",
                "BREAKING " + register + "request body `birthDate`: type changed from string (date) to string "
                        + "(date-time) - clients sending it as string (date) will get 400",
                "compatible " + register + "response 201 `createdAt`: now always sent - clients that handled its "
                        + "absence are served as before",
                "BREAKING " + register + "response 201 `email`: may now be absent - clients that expect it will find "
                        + "it missing"),
                comparison.changes().stream()
                        .map(change -> (change.breaking() ? "BREAKING " : "compatible ") + change.describe())
                        .toList());
    }

    @Test
    void reportsAnOperationWhoseOnlyChangeIsDocumentation() {
        // given
        String changed = SpecMutation.of(RELEASED).change(spec -> ((ObjectNode) SpecMutation
                .operation(spec, "/v1/customers", "post").path("responses").path("201")).put("description", "Created."))
                .yaml();

        // when
        SpecComparison comparison = SpecComparator.compare(RELEASED, changed);

        // then
        assertEquals(List.of("POST /v1/customers (createCustomer): documentation: descriptions or examples changed - "
                + "nothing changes on the wire"), comparison.changes().stream().map(ApiChange::describe).toList());
    }

    @Test
    void explainsAnAddedOAuthScopeAsBreaking() {
        // given
        String spec = Resources.text(Resources.SPEC);
        String changed = SpecMutation.of(spec).change(api -> ((ArrayNode) SpecMutation
                .operation(api, "/v1/customers/alerts", "get").path("security").path(0).path("citiOAuth2"))
                .add("customers_profiles")).yaml();

        // when
        SpecComparison comparison = SpecComparator.compare(spec, changed);

        // then
        assertEquals(List.of("GET /v1/customers/alerts (retrieveCustomerAlerts): security: changed from citiOAuth2 "
                + "[customers_alerts] to citiOAuth2 [customers_alerts, customers_profiles] - tokens that satisfied the "
                + "old requirement may now be refused with 401 or 403"),
                comparison.breaking().stream().map(ApiChange::describe).toList());
    }
}
