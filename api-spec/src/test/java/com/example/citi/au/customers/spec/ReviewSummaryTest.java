package com.example.citi.au.customers.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReviewSummaryTest {

    private static final String RELEASED = Resources.text("fixtures/valid-minimal.yaml");

    @Test
    void summarisesOperationsBreakingAndCompatibleChangesLintProvenanceAndTheGate() {
        // given
        String changed = SpecMutation.of(RELEASED).version("1.1.0").change(spec -> {
            ((ObjectNode) spec.path("paths")).remove("/v1/oauth/token");
            ((ObjectNode) SpecMutation.schema(spec, "CustomerRequest").path("properties")).putObject("nickname")
                    .put("type", "string");
            SpecMutation.operation(spec, "/v1/customers/{customerId}", "get").put("x-source", "inferred");
            ((ObjectNode) SpecMutation.schema(spec, "Error").path("properties")).remove("message");
        }).yaml();
        SpecReview review = new SpecReview("main", SpecComparator.compare(RELEASED, changed),
                List.of("GET /v1/customers/{customerId}: missing summary"),
                ProvenanceChange.between(Fixtures.model("valid-minimal.yaml"),
                        SpecDocument.parse(changed).unresolvedModel().orElseThrow()),
                Optional.of(BreakingChangeGate.judge(new Baseline("customers-api-1.yaml", 1, RELEASED), changed)),
                Optional.empty());

        // when
        String summary = ReviewSummary.markdown(review);

        // then
        String removed = "breaking change against customers-api-1.yaml: ";
        assertEquals("""
                # Spec review: customers-api.yaml, info.version 1.0.0 -> 1.1.0

                Compared with `main`.

                **2 breaking changes** · 1 compatible change · 1 lint finding · build gate **fails**.

                ## Operations

                | | Method | Path | operationId |
                |---|---|---|---|
                | **removed** | POST | `/v1/oauth/token` | `obtainAccessToken` |
                | changed | POST | `/v1/customers` | `createCustomer` |
                | changed | GET | `/v1/customers/{customerId}` | `retrieveCustomer` |

                ## Breaking changes

                Each breaks a client written against the old spec.

                - `POST /v1/oauth/token` obtainAccessToken: operation: removed.
                  Why it breaks: clients calling it will get 404 (or 405 where the path still has other methods).
                - response 400, 404, 500 `message`: property removed.
                  Why it breaks: clients that read it will no longer get it.
                  In 2 operations: `GET /v1/customers/{customerId}` retrieveCustomer, `POST /v1/customers` createCustomer.

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

                ## Build gate

                `./mvnw verify` fails the breaking-change gate against the committed baseline:

                - %1$sPOST /v1/oauth/token (obtainAccessToken): operation: removed - clients calling it will get 404 \
                (or 405 where the path still has other methods)
                - %1$sGET /v1/customers/{customerId} (retrieveCustomer): response 404 `message`: property removed - \
                clients that read it will no longer get it
                - %1$sGET /v1/customers/{customerId} (retrieveCustomer): response 500 `message`: property removed - \
                clients that read it will no longer get it
                - %1$sPOST /v1/customers (createCustomer): response 400 `message`: property removed - clients that \
                read it will no longer get it
                - %1$sPOST /v1/customers (createCustomer): response 500 `message`: property removed - clients that \
                read it will no longer get it
                - either make the change compatible, or release major version 2: set info.version to 2.0.0 and replace \
                customers-api-1.yaml with a copy of the new spec named customers-api-2.yaml
                """.formatted(removed), summary);
    }

    @Test
    void saysSoWhenNothingChanged() {
        // given
        SpecReview review = new SpecReview("HEAD", SpecComparator.compare(RELEASED, RELEASED), List.of(), List.of(),
                Optional.empty(), Optional.empty());

        // when
        String summary = ReviewSummary.markdown(review);

        // then
        assertEquals("""
                # Spec review: customers-api.yaml, info.version 1.0.0 -> 1.0.0

                Compared with `HEAD`.

                **No breaking change** · 0 compatible changes · 0 lint findings.

                ## Operations

                No operation added, removed or changed.

                ## Breaking changes

                None.

                ## Compatible changes

                None.

                ## Lint findings

                None: the new spec passes the build checks and the lint rules of \
                `api-spec/src/main/lint/style-rules.properties`.

                ## Provenance

                No operation changed its `x-source`.

                """, summary);
    }
}
