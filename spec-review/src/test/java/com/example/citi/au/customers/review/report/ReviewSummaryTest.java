package com.example.citi.au.customers.review.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.citi.au.customers.review.ReviewInput;
import com.example.citi.au.customers.review.SpecReview;
import com.example.citi.au.customers.review.spec.Resources;
import com.example.citi.au.customers.review.spec.Reviews;
import com.example.citi.au.customers.review.spec.SpecMutation;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ReviewSummaryTest {

    private static final String RELEASED = Resources.text("fixtures/valid-minimal.yaml");

    @Test
    void summarisesOperationsBreakingAndCompatibleChangesLintProvenanceAndTheGate() {
        // given
        String changed = SpecMutation.of(RELEASED).version("1.1.0").change(spec -> {
            ((ObjectNode) spec.path("paths")).remove("/v1/oauth/token");
            ((ObjectNode) SpecMutation.schema(spec, "CustomerRequest").path("properties")).putObject("nickname")
                    .put("type", "string").put("maxLength", 40).put("description", "What the customer likes to be called.");
            SpecMutation.operation(spec, "/v1/customers/{customerId}", "get").put("x-source", "inferred")
                    .remove("summary");
            ((ObjectNode) SpecMutation.schema(spec, "Error").path("properties")).remove("message");
        }).yaml();
        SpecReview review = withLint(SpecReview.of(new ReviewInput("main", RELEASED, changed, Reviews.CUSTOMERS_RULES,
                OptionalInt.of(1), Optional.empty(), List.of("Reviewed by the pull-request workflow."), Reviews.RELEASED_ON)),
                List.of("GET /v1/customers/{customerId}: missing summary"));

        // when
        String summary = ReviewSummary.markdown(review);

        // then
        assertEquals("""
                BREAKING (2): 2 on the wire, 0 in client code, 0 for old clients · 1 compatible change · 0 warnings \
                · 1 lint finding · client impact not assessed · gate fails

                # Spec review: Fixture API, info.version 1.0.0 -> 1.1.0

                Compared with `main`.

                Reviewed by the pull-request workflow.

                ## Operations

                | | Method | Path | operationId |
                |---|---|---|---|
                | **removed** | POST | `/v1/oauth/token` | `obtainAccessToken` |
                | changed | POST | `/v1/customers` | `createCustomer` |
                | changed | GET | `/v1/customers/{customerId}` | `retrieveCustomer` |

                ## Breaking changes on the wire

                Each breaks a client written against the old spec.

                - `POST /v1/oauth/token` obtainAccessToken: operation: removed without prior deprecation.
                  Why it breaks: clients calling it will get 404 (or 405 where the path still has other methods); \
                deprecate it first, with an x-sunset date, and remove it after that date.
                - response 400, 404, 500 `message`: property removed.
                  Why it breaks: clients that read it will no longer get it.
                  In 2 operations: `GET /v1/customers/{customerId}` retrieveCustomer, `POST /v1/customers` createCustomer.

                ## Client code impact

                Not assessed: no client configuration was given.

                ## Warnings

                None.

                ## Compatible changes

                Clients written against the old spec keep working.

                - `POST /v1/customers` createCustomer: request body `nickname`: new optional property.
                  Why it is safe: clients that do not send it are served as before.

                ## Lint findings

                - GET /v1/customers/{customerId}: missing summary

                ## Provenance

                | Operation | x-source before | x-source after |
                |---|---|---|
                | `GET /v1/customers/{customerId}` retrieveCustomer | transcribed | inferred |
                | `POST /v1/oauth/token` obtainAccessToken | inferred | (removed) |

                ## Version

                This change needs a **major** version: 2.0.0 or later (the base is 1.0.0; the head says 1.1.0).

                ### Changelog entry

                The entry `scripts/spec-review --write-changelog` writes into CHANGELOG.md:

                ```markdown
                ## [1.1.0] - 2026-12-07

                ### Breaking

                - `POST /v1/oauth/token` obtainAccessToken: operation: removed without prior deprecation.
                - `GET /v1/customers/{customerId}` retrieveCustomer, `POST /v1/customers` createCustomer: response 400, \
                404, 500 `message`: property removed.

                ### Added

                - `POST /v1/customers` createCustomer: request body `nickname`: new optional property.

                ### Fixed

                - `GET /v1/customers/{customerId}` retrieveCustomer: summary or description: changed.
                ```

                ## Gate

                The gate fails:

                - breaking change: POST /v1/oauth/token (obtainAccessToken): operation: removed without prior \
                deprecation - clients calling it will get 404 (or 405 where the path still has other methods); \
                deprecate it first, with an x-sunset date, and remove it after that date
                - breaking change: GET /v1/customers/{customerId} (retrieveCustomer), POST /v1/customers \
                (createCustomer): response 400, 404, 500 `message`: property removed - clients that read it will no \
                longer get it
                - either make the change compatible, or release major version 2: set info.version to 2.0.0 and move \
                the released baseline to major 2 in the same change
                """, summary);
    }

    @Test
    void saysSoWhenNothingChanged() {
        // given
        SpecReview review = withLint(Reviews.wire(RELEASED, RELEASED), List.of());

        // when
        String summary = ReviewSummary.markdown(review);

        // then
        assertEquals("""
                NO API CHANGE · 0 compatible changes · 0 warnings · 0 lint findings · client impact not assessed

                # Spec review: Fixture API, info.version 1.0.0 -> 1.0.0

                Compared with `base`.

                ## Operations

                No operation added, removed or changed.

                ## Breaking changes on the wire

                None.

                ## Client code impact

                Not assessed: no client configuration was given.

                ## Warnings

                None.

                ## Compatible changes

                None.

                ## Lint findings

                None: the new spec passes the structural checks and the lint rules.

                ## Version

                The document is unchanged apart from info.version: no new version and no changelog entry are required.

                ## Gate

                The gate passes: no change breaks a client of the base.
                """, summary);
    }

    /** The fixture is small, not lint-clean: the summary's lint section is shown with findings of the test's choosing. */
    private static SpecReview withLint(SpecReview review, List<String> lint) {
        return new SpecReview(review.title(), review.base(), review.headYaml(), review.comparison(),
                review.clientImpact(), lint, review.provenance(), review.gate(), review.version(), review.notes(),
                review.released());
    }
}
