package com.example.citi.au.customers.review.wire;

import static com.example.citi.au.customers.review.spec.SpecMutation.parameter;
import static com.example.citi.au.customers.review.spec.SpecMutation.property;
import static com.example.citi.au.customers.review.spec.SpecMutation.required;
import static com.example.citi.au.customers.review.spec.SpecMutation.schema;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.citi.au.customers.review.SpecReview;
import com.example.citi.au.customers.review.report.ReviewSummary;
import com.example.citi.au.customers.review.spec.Reviews;
import com.example.citi.au.customers.review.spec.SpecMutation;
import com.example.citi.au.customers.review.version.Bump;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The spec mutations of the issue, each applied to the real spec and judged by the gate against
 * the real spec as the released baseline.
 */
class BreakingChangeCorpusTest {

    private static final String SPEC = Reviews.CUSTOMERS_SPEC;

    @Test
    void removingAnOperationFailsTheGate() {
        // given
        SpecMutation mutation = SpecMutation.of(SPEC)
                .change(spec -> ((ObjectNode) spec.path("paths")).remove("/v1/customers/profiles/basic"));

        // when
        SpecReview review = Reviews.wire(SPEC, mutation.yaml());

        // then
        assertBreaking(review, "GET /v1/customers/profiles/basic (retrieveCustomerParticulars): operation: removed without prior"
                + " deprecation - clients calling it will get 404 (or 405 where the path still has other methods); "
                + "deprecate it first, with an x-sunset date, and remove it after that date");
    }

    @Test
    void addingARequiredRequestFieldFailsTheGate() {
        // given
        SpecMutation mutation = SpecMutation.of(SPEC).change(spec -> {
            ((ObjectNode) schema(spec, "OtpSendRequest").path("properties")).putObject("deviceId")
                    .put("type", "string").put("description", "The device the password is for.");
            required(schema(spec, "OtpSendRequest")).add("deviceId");
        });

        // when
        SpecReview review = Reviews.wire(SPEC, mutation.yaml());

        // then
        assertBreaking(review, "POST /v1/mfa/otp (sendOneTimePassword): request body `deviceId`: new required property"
                + " - clients that do not send it will get 400");
    }

    @Test
    void removingAnOptionalResponseFieldFailsTheGateThoughOpenApiDiffAloneWouldPassIt() {
        // given
        SpecMutation mutation = SpecMutation.of(SPEC)
                .change(spec -> ((ObjectNode) schema(spec, "OtpSendResponse").path("properties"))
                        .remove("maskedEmailAddress"));

        // when
        SpecReview review = Reviews.wire(SPEC, mutation.yaml());

        // then
        assertBreaking(review, "POST /v1/mfa/otp (sendOneTimePassword): response 200 `maskedEmailAddress`: "
                + "property removed - clients that read it will no longer get it (openapi-diff calls removing an "
                + "optional response property compatible; this gate does not)");
    }

    @Test
    void narrowingAnEnumInARequestFailsTheGate() {
        // given
        SpecMutation mutation = SpecMutation.of(SPEC).change(spec -> removeValue(
                (ArrayNode) property(spec, "OfferUpdateRequest", "offerStatus").path("enum"), "DECLINED"));

        // when
        SpecReview review = Reviews.wire(SPEC, mutation.yaml());

        // then
        assertBreaking(review, "PUT /v1/offers (updateOffer): request body `offerStatus`: no longer accepts "
                + "`DECLINED` - clients sending `DECLINED` will get 400");
    }

    @Test
    void wideningAnEnumInAResponseFailsTheGateAsOpenApiDiffDefaultsEvenThoughOurJavaClientReadsUnknownValues() {
        // given
        SpecMutation mutation = SpecMutation.of(SPEC).change(spec ->
                ((ArrayNode) property(spec, "OfferFulfillmentResponse", "offerFulfillmentStatus").path("enum"))
                        .add("PENDING"));

        // when
        SpecReview review = Reviews.wire(SPEC, mutation.yaml());

        // then
        assertBreaking(review, "POST /v1/sales/customers/offers/fulfillments (fulfillOffer): response 200 "
                + "`offerFulfillmentStatus`: may now carry `PENDING` - a client that maps it to a fixed enum fails on "
                + "a value it does not know; openapi-diff counts a wider response enum as breaking by default (the "
                + "Java client generated here, with enumUnknownDefaultCase, would read it as its unknown default "
                + "instead of failing)");
    }

    @Test
    void changingAFieldsTypeFailsTheGate() {
        // given
        SpecMutation mutation = SpecMutation.of(SPEC).change(spec -> {
            ObjectNode imageSize = property(spec, "ProfileImage", "imageSize");
            imageSize.put("type", "integer");
            imageSize.remove("pattern");
        });

        // when
        SpecReview review = Reviews.wire(SPEC, mutation.yaml());

        // then
        assertBreaking(review, "GET /v1/customers/profile/images (retrieveCustomerProfileImage): response 200 "
                + "`imageSize`: type changed from string to integer - clients reading it as string fail to parse "
                + "integer");
    }

    @Test
    void makingAnOptionalParameterRequiredFailsTheGate() {
        // given
        SpecMutation mutation = SpecMutation.of(SPEC)
                .change(spec -> parameter(spec, "RequestSizeQuery").put("required", true));

        // when
        SpecReview review = Reviews.wire(SPEC, mutation.yaml());

        // then
        assertBreaking(review, "GET /v1/customers/alerts/history (retrieveCustomerAlertHistory): query parameter "
                + "`requestSize`: now required - clients that leave it out will now get 400");
    }

    @Test
    void addingAnOptionalFieldPassesTheGateAndIsReported() {
        // given
        SpecMutation mutation = SpecMutation.of(SPEC).versionBumped(Bump.MINOR)
                .change(spec -> ((ObjectNode) schema(spec, "OtpSendRequest").path("properties"))
                        .putObject("transactionMemo").put("type", "string").put("maxLength", 140)
                        .put("description", "Free text kept with the request."));

        // when
        SpecReview review = Reviews.wire(SPEC, mutation.yaml());

        // then
        assertCompatible(review, "POST /v1/mfa/otp (sendOneTimePassword): request body "
                        + "`transactionMemo`: new optional property - clients that do not send it are served as before",
                "- `POST /v1/mfa/otp` sendOneTimePassword: request body `transactionMemo`: new optional property.");
    }

    @Test
    void addingAnOperationPassesTheGateAndIsReported() {
        // given: the spec as it was before the sandbox-only outbox read was added to it
        String beforeSandbox = SpecMutation.withoutSandboxOutbox(SPEC);

        // when
        SpecReview review = Reviews.wire(beforeSandbox, SpecMutation.of(SPEC).versionBumped(Bump.MINOR).yaml());

        // then
        assertCompatible(review, "GET /sandbox/v1/otpOutbox (retrieveSandboxOtpOutbox): "
                        + "operation: added - existing clients do not call it",
                "- `GET /sandbox/v1/otpOutbox` retrieveSandboxOtpOutbox: operation: added.");
    }

    private static void assertBreaking(SpecReview review, String change) {
        assertFalse(review.gate().passes(), "the gate passed a breaking change");
        assertEquals(List.of(change), describe(review.comparison().breaking()));
    }

    private static void assertCompatible(SpecReview review, String change, String reportLine) {
        assertEquals(List.of(), review.gate().findings());
        assertEquals(List.of(change), describe(review.comparison().changes()));
        String summary = ReviewSummary.markdown(review);
        assertTrue(summary.contains("## Compatible changes\n\nClients written against the old spec keep working.\n\n"
                + reportLine + "\n"), summary);
    }

    private static List<String> describe(List<ApiChange> changes) {
        return changes.stream().map(ApiChange::describe).toList();
    }

    private static void removeValue(ArrayNode values, String value) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).asText().equals(value)) {
                values.remove(i);
                return;
            }
        }
        throw new IllegalArgumentException(value + " is not in " + values);
    }
}
