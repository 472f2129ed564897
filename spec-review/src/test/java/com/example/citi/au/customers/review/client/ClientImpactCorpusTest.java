package com.example.citi.au.customers.review.client;

import static com.example.citi.au.customers.review.spec.SpecMutation.operation;
import static com.example.citi.au.customers.review.spec.SpecMutation.property;
import static com.example.citi.au.customers.review.spec.SpecMutation.schema;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.citi.au.customers.review.SpecReview;
import com.example.citi.au.customers.review.spec.Reviews;
import com.example.citi.au.customers.review.spec.SpecMutation;
import com.example.citi.au.customers.review.version.Bump;
import com.example.citi.au.customers.review.wire.ApiChange;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Changes that keep the wire format and still break every consumer's build, and changes that break
 * neither: each applied to the real contract, each judged twice, on the wire and in the code of the Java
 * client generated as client-gen generates it. The clients of the unchanged contract are generated
 * once and shared by the cases.
 */
class ClientImpactCorpusTest {

    private static final String SPEC = Reviews.CUSTOMERS_SPEC;
    private static final String NO_LONGER_COMPILES = " - code written against the old client no longer compiles";

    @Test
    void renamingAnOperationIdKeepsTheWireButRemovesTheGeneratedMethod() {
        // given
        String head = SPEC.replace("operationId: retrieveCustomerProfile\n", "operationId: getCustomerProfile\n");

        // when
        SpecReview review = Reviews.withClient(SPEC, head);

        // then
        assertWireCompatible(review);
        assertClientBreaks(review, "GET /v1/customers/profiles (retrieveCustomerProfile): "
                + "`CustomerProfileApi.retrieveCustomerProfile()` removed");
        assertFalse(review.gate().passes());
    }

    @Test
    void renamingASchemaKeepsTheWireButRemovesItsClass() {
        // given
        String head = SPEC.replace("OtpSendResponse", "OtpSentResponse");

        // when
        SpecReview review = Reviews.withClient(SPEC, head);

        // then
        assertWireCompatible(review);
        assertClientBreaks(review, "POST /v1/mfa/otp (sendOneTimePassword): class `OtpSendResponse` removed",
                "POST /v1/mfa/otp (sendOneTimePassword): `OneTimePasswordsApi.sendOneTimePassword(OtpSendRequest)` "
                        + "now returns `OtpSentResponse` (was `OtpSendResponse`)");
    }

    @Test
    void movingAnInlineSchemaIntoComponentsKeepsTheWireButRenamesItsClass() {
        // given: the base answers with the schema written inline
        String base = SpecMutation.of(SPEC).change(spec -> {
            ObjectNode answer = (ObjectNode) operation(spec, "/v1/mfa/otp", "post").path("responses").path("200")
                    .path("content").path("application/json");
            answer.set("schema", schema(spec, "OtpSendResponse").deepCopy());
            ((ObjectNode) spec.path("components").path("schemas")).remove("OtpSendResponse");
        }).yaml();

        // when
        SpecReview review = Reviews.withClient(base, SPEC);

        // then
        assertWireCompatible(review);
        assertClientBreaks(review, "POST /v1/mfa/otp (sendOneTimePassword): class `SendOneTimePassword200Response` "
                + "removed");
    }

    @Test
    void renamingAnEnumValueBreaksTheWireAndTheClient() {
        // given
        String head = SpecMutation.of(SPEC).change(spec -> {
            ArrayNode values = (ArrayNode) property(spec, "OfferUpdateRequest", "offerStatus").path("enum");
            values.set(3, values.textNode("REJECTED"));
        }).yaml();

        // when
        SpecReview review = Reviews.withClient(SPEC, head);

        // then
        assertEquals(List.of("PUT /v1/offers (updateOffer): request body `offerStatus`: no longer accepts `DECLINED` - "
                + "clients sending `DECLINED` will get 400"), describe(review.comparison().breaking()));
        assertClientBreaks(review, "PUT /v1/offers (updateOffer): `OfferUpdateRequest.OfferStatusEnum.DECLINED` removed");
    }

    @Test
    void wideningInt32ToInt64BreaksTheWireAndTheGettersType() {
        // given
        String head = SpecMutation.of(SPEC)
                .change(spec -> property(spec, "MoreInfo", "remainingOtpAttempts").put("format", "int64"))
                .yaml();

        // when
        SpecReview review = Reviews.withClient(SPEC, head);

        // then: openapi-diff calls the wider format a type change of every answer that carries it
        assertTrue(describe(review.comparison().breaking()).contains("PUT /v1/mfa/otp (validateOneTimePassword): "
                + "response 422 `moreInfo.remainingOtpAttempts`: type changed from integer (int32) to integer (int64) - "
                + "clients reading it as integer (int32) fail to parse integer (int64)"));
        assertClientBreaks(review, "`MoreInfo.getRemainingOtpAttempts()` now returns `Long` (was `Integer`)");
    }

    @Test
    void addingAnOptionalFieldBreaksNeitherTheWireNorTheClient() {
        // given
        String head = SpecMutation.of(SPEC).versionBumped(Bump.MINOR)
                .change(spec -> ((ObjectNode) schema(spec, "OtpSendRequest").path("properties"))
                        .putObject("transactionMemo").put("type", "string").put("maxLength", 140)
                        .put("description", "Free text kept with the request."))
                .yaml();

        // when
        SpecReview review = Reviews.withClient(SPEC, head);

        // then
        assertWireCompatible(review);
        assertClientCompatible(review);
        assertTrue(review.gate().passes());
    }

    @Test
    void addingAnOperationBreaksNeitherTheWireNorTheClient() {
        // given: the contract as it was before the sandbox outbox read was added
        String base = SpecMutation.withoutSandboxOutbox(SPEC);

        // when
        SpecReview review = Reviews.withClient(base, SpecMutation.of(SPEC).versionBumped(Bump.MINOR).yaml());

        // then
        assertWireCompatible(review);
        assertClientCompatible(review);
        assertTrue(review.gate().passes());
    }

    @Test
    void addingARequiredParameterBreaksTheWireAndTheMethodsSignature() {
        // given
        String head = SpecMutation.of(SPEC).change(spec -> ((ArrayNode) operation(spec,
                "/v1/customers/profiles/emails", "get").path("parameters")).addObject()
                .put("name", "emailType").put("in", "query").put("required", true)
                .put("description", "Only emails of this type.")
                .put("example", "PERSONAL")
                .putObject("schema").put("type", "string").put("maxLength", 20)).yaml();

        // when
        SpecReview review = Reviews.withClient(SPEC, head);

        // then
        assertEquals(List.of("GET /v1/customers/profiles/emails (retrieveCustomerEmails): query parameter `emailType`: "
                + "new, required - clients that do not send it will get 400"), describe(review.comparison().breaking()));
        assertClientBreaks(review, "GET /v1/customers/profiles/emails (retrieveCustomerEmails): "
                + "`CustomerEmailsApi.retrieveCustomerEmails()` now takes (String) or (String, Map)");
    }

    @Test
    void anExampleAnswerTheOldClientCannotReadIsARuntimeBreakThoughTheWireCallsItCompatible() {
        // given: the expiry loosened from a date-time to free text, and the example answer uses it
        String head = SpecMutation.of(SPEC).change(spec -> {
            property(spec, "OtpSendResponse", "otpExpiryDateTime").remove("format");
            property(spec, "OtpSendResponse", "otpExpiryDateTime").put("maxLength", 40);
            ((ObjectNode) operation(spec, "/v1/mfa/otp", "post").path("responses").path("200").path("content")
                    .path("application/json").path("examples").path("sentBySms").path("value"))
                    .put("otpExpiryDateTime", "28/11/2026 10:05 AEDT");
        }).yaml();

        // when
        SpecReview review = Reviews.withClient(SPEC, head);

        // then
        assertTrue(review.comparison().breaking().stream().noneMatch(change -> change.what().contains("format")),
                () -> describe(review.comparison().breaking()).toString());
        List<ExampleFailure> failures = review.clientImpact().oldClientFailures();
        assertEquals(1, failures.size(), failures::toString);
        assertEquals("POST /v1/mfa/otp (sendOneTimePassword)", failures.get(0).operation().label());
        assertEquals("200", failures.get(0).status());
        assertEquals("sentBySms", failures.get(0).example());
        assertEquals("OtpSendResponse", failures.get(0).javaType());
        assertClientBreaks(review, "`OtpSendResponse.getOtpExpiryDateTime()` now returns `String` (was `OffsetDateTime`)");
        assertFalse(review.gate().passes());
    }

    private static void assertWireCompatible(SpecReview review) {
        assertEquals(List.of(), describe(review.comparison().breaking()), "wire verdict");
    }

    private static void assertClientCompatible(SpecReview review) {
        assertTrue(review.clientImpact().notAssessed().isEmpty(), () -> review.clientImpact().notAssessed().get());
        assertEquals(List.of(), review.clientImpact().breaking(), "client verdict");
    }

    /** Each expected change ends a line of the client verdict ("operations: what - consequence"). */
    private static void assertClientBreaks(SpecReview review, String... expected) {
        assertTrue(review.clientImpact().notAssessed().isEmpty(), () -> review.clientImpact().notAssessed().get());
        List<String> changes = review.clientImpact().changes().stream().map(ClientChange::describe).toList();
        for (String change : expected) {
            assertTrue(changes.stream().anyMatch(actual -> actual.endsWith(change + NO_LONGER_COMPILES)),
                    () -> "missing client change: " + change + "\nin:\n  " + String.join("\n  ", changes));
        }
        assertFalse(review.gate().passes(), "the gate passed a client-breaking change");
    }

    private static List<String> describe(List<ApiChange> changes) {
        return changes.stream().map(ApiChange::describe).toList();
    }
}
