package com.example.citi.au.customers.review.wire;

import static com.example.citi.au.customers.review.spec.SpecMutation.operation;
import static com.example.citi.au.customers.review.spec.SpecMutation.parameter;
import static com.example.citi.au.customers.review.spec.SpecMutation.property;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.citi.au.customers.review.spec.Reviews;
import com.example.citi.au.customers.review.spec.SpecMutation;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.DiffResult;

/**
 * The checks of oasdiff's catalogue that openapi-diff alone misses or misjudges, each a change to the
 * real contract with the exact verdict it gets: its level (breaking, warning, compatible) and its reason.
 * The README's catalogue table names these tests.
 */
class CatalogueCorpusTest {

    private static final String SPEC = Reviews.CUSTOMERS_SPEC;
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final String IMAGE = "PUT /v1/customers/profile/images (updateCustomerProfileImage): ";

    @Test
    void loweringMaxLengthOfARequestFieldBreaks() {
        assertChanges(DiffResult.INCOMPATIBLE, spec -> property(spec, "ProfileImageUpdateRequest", "imageData").put("maxLength", 1000000),
                "BREAKING " + IMAGE + "request body `imageData`: maxLength changed from `1398104` to `1000000` - "
                        + "requests valid under the old rule may now get 400");
    }

    @Test
    void addingAPatternToARequestFieldBreaks() {
        assertChanges(DiffResult.INCOMPATIBLE, spec -> property(spec, "OtpValidationRequest", "transactionMemo").put("pattern", "^[A-Za-z0-9 ]*$"),
                "BREAKING PUT /v1/mfa/otp (validateOneTimePassword): request body `transactionMemo`: pattern changed "
                        + "from (none) to `^[A-Za-z0-9 ]*$` - requests valid under the old rule may now get 400");
    }

    @Test
    void addingAMaximumToARequestFieldBreaks() {
        // given: the contract as it was before its keys had a maximum
        String unbounded = SpecMutation.of(SPEC)
                .change(spec -> property(spec, "AlertProfileUpdate", "emailKey").remove("maximum")).yaml();

        // then
        assertEquals(List.of("BREAKING PUT /v1/communications/alerts/profilesAndSubscriptions "
                + "(manageAlertProfileAndSubscriptions): request body `alertProfile.emailKey`: minimum/maximum changed "
                + "from `[1, ]` to `[1, 9007199254740991]` - requests valid under the old rule may now get 400"),
                changes(unbounded, SPEC));
        assertEquals(DiffResult.INCOMPATIBLE, OpenApiCompare.fromContents(unbounded, SPEC).isChanged());
    }

    @Test
    void removingAResponseStatusBreaks() {
        assertChanges(DiffResult.INCOMPATIBLE, spec -> ((ObjectNode) operation(spec, "/v1/customers/profiles/basic", "get").path("responses"))
                        .remove("404"),
                "BREAKING GET /v1/customers/profiles/basic (retrieveCustomerParticulars): response 404: removed - "
                        + "clients that handle 404 lose its documented body, and the server no longer promises it");
    }

    @Test
    void addingARequiredRequestHeaderBreaks() {
        assertChanges(DiffResult.INCOMPATIBLE, spec -> ((ArrayNode) operation(spec, "/v1/offers", "put").path("parameters")).addObject()
                        .put("name", "X-Channel").put("in", "header").put("required", true)
                        .put("description", "The channel the customer uses.")
                        .putObject("schema").put("type", "string").put("maxLength", 20),
                "BREAKING PUT /v1/offers (updateOffer): header parameter `X-Channel`: new, required - clients that do "
                        + "not send it will get 400");
    }

    @Test
    void addingAScopeToAnOperationsSecurityBreaks() {
        assertChanges(DiffResult.INCOMPATIBLE, spec -> ((ArrayNode) operation(spec, "/v1/customers/profiles/basic", "get").path("security")
                        .path(0).path("citiOAuth2")).add("customers_alerts"),
                "BREAKING GET /v1/customers/profiles/basic (retrieveCustomerParticulars): security: changed from "
                        + "citiOAuth2 [customers_profiles] to citiOAuth2 [customers_profiles, customers_alerts] - tokens "
                        + "that satisfied the old requirement may now be refused with 401 or 403");
    }

    @Test
    void changingAnOperationsScopeBreaks() {
        assertChanges(DiffResult.INCOMPATIBLE, spec -> ((ArrayNode) operation(spec, "/v1/customers/profiles/basic", "get").path("security")
                        .path(0).path("citiOAuth2")).set(0, "customers_alerts"),
                "BREAKING GET /v1/customers/profiles/basic (retrieveCustomerParticulars): security: changed from "
                        + "citiOAuth2 [customers_profiles] to citiOAuth2 [customers_alerts] - tokens that satisfied the "
                        + "old requirement may now be refused with 401 or 403");
    }

    @Test
    void removingNullableFromAResponseFieldIsCompatibleButAddingItBreaks() {
        assertChanges(DiffResult.COMPATIBLE, spec -> property(spec, "OtpSendResponse", "maskedPhoneNumber").put("nullable", true),
                "BREAKING POST /v1/mfa/otp (sendOneTimePassword): response 200 `maskedPhoneNumber`: now nullable - "
                        + "clients that read it as always set fail on null");
        String nullable = SpecMutation.of(SPEC)
                .change(spec -> property(spec, "OtpSendResponse", "maskedPhoneNumber").put("nullable", true)).yaml();
        assertEquals(List.of("COMPATIBLE POST /v1/mfa/otp (sendOneTimePassword): response 200 `maskedPhoneNumber`: no "
                + "longer nullable - clients that handled null still work"), changes(nullable, SPEC));
        assertEquals(DiffResult.COMPATIBLE, OpenApiCompare.fromContents(nullable, SPEC).isChanged());
    }

    @Test
    void removingNullableFromARequestFieldBreaks() {
        assertChanges(DiffResult.COMPATIBLE, spec -> property(spec, "AlertProfileUpdate", "emailKey").remove("nullable"),
                "BREAKING PUT /v1/communications/alerts/profilesAndSubscriptions (manageAlertProfileAndSubscriptions): "
                        + "request body `alertProfile.emailKey`: no longer nullable - clients that send null will get 400");
    }

    @Test
    void makingARequestFieldReadOnlyBreaks() {
        assertChanges(DiffResult.INCOMPATIBLE, spec -> property(spec, "OtpValidationRequest", "otpToken").put("readOnly", true),
                "BREAKING PUT /v1/mfa/otp (validateOneTimePassword): request body `otpToken`: now readOnly - "
                        + "clients that send it have it ignored or refused: the server no longer takes it");
    }

    @Test
    void makingAResponseFieldWriteOnlyBreaks() {
        assertChanges(DiffResult.INCOMPATIBLE, spec -> property(spec, "OtpSendResponse", "maskedEmailAddress").put("writeOnly", true),
                "BREAKING POST /v1/mfa/otp (sendOneTimePassword): response 200 `maskedEmailAddress`: now writeOnly - "
                        + "clients that read it no longer get it in answers");
    }

    @Test
    void removingAValueFromAnEnumInsideARequestArrayBreaks() {
        assertChanges(DiffResult.INCOMPATIBLE, spec -> {
                    ObjectNode items = (ObjectNode) property(spec, "AlertSubscriptionChange", "deliveryChannels").path("items");
                    items.removeAll();
                    items.put("type", "string").put("description", "How an alert is delivered.");
                    items.putArray("enum").add("SMS").add("EMAIL");
                },
                "BREAKING PUT /v1/communications/alerts/profilesAndSubscriptions (manageAlertProfileAndSubscriptions): "
                        + "request body `alertSubscriptions[].deliveryChannels[]`: no longer accepts `PUSH` - clients "
                        + "sending `PUSH` will get 400");
    }

    @Test
    void movingAParameterFromTheQueryToAHeaderBreaks() {
        assertChanges(DiffResult.INCOMPATIBLE, spec -> parameter(spec, "RequestSizeQuery").put("in", "header"),
                "BREAKING GET /v1/customers/alerts/history (retrieveCustomerAlertHistory): query parameter "
                        + "`requestSize`: moved to the header - clients send it in the query, where the server no longer "
                        + "reads it");
    }

    @Test
    void changingADefaultWarns() {
        assertChanges(DiffResult.COMPATIBLE, spec -> parameter(spec, "RequestSizeQuery").with("schema").put("default", 10),
                "WARNING GET /v1/customers/alerts/history (retrieveCustomerAlertHistory): query parameter "
                        + "`requestSize`: default changed from `20` to `10` - clients that leave it out are served "
                        + "differently than before, without an error to tell them");
    }

    @Test
    void deprecatingAnOperationWarnsAndAsksForASunsetDate() {
        assertChanges(DiffResult.COMPATIBLE, spec -> operation(spec, "/v1/offers", "put").put("deprecated", true),
                "WARNING PUT /v1/offers (updateOffer): operation: deprecated, without an x-sunset date - it still "
                        + "works; clients should plan to stop calling it (an x-sunset date tells them by when)");
    }

    @Test
    void removingAnOperationWithoutPriorDeprecationBreaks() {
        assertChanges(DiffResult.INCOMPATIBLE, spec -> ((ObjectNode) SpecMutation.path(spec, "/v1/offers")).remove("put"),
                "BREAKING PUT /v1/offers (updateOffer): operation: removed without prior deprecation - clients calling "
                        + "it will get 404 (or 405 where the path still has other methods); deprecate it first, with an "
                        + "x-sunset date, and remove it after that date");
    }

    @Test
    void removingADeprecatedOperationBeforeItsSunsetBreaksAndAfterItWarns() {
        String announced = SpecMutation.of(SPEC).change(spec -> operation(spec, "/v1/offers", "put")
                .put("deprecated", true).put("x-sunset", "2026-12-31")).yaml();
        String removed = SpecMutation.of(announced)
                .change(spec -> ((ObjectNode) SpecMutation.path(spec, "/v1/offers")).remove("put")).yaml();

        assertEquals(List.of("BREAKING PUT /v1/offers (updateOffer): operation: removed before its sunset date "
                + "2026-12-31 - clients calling it will get 404 (or 405 where the path still has other methods); its "
                + "clients were told they could call it until then"), changes(announced, removed, TODAY));
        assertEquals(List.of("WARNING PUT /v1/offers (updateOffer): operation: removed after its sunset date "
                + "2026-12-31 - clients calling it will get 404 (or 405 where the path still has other methods); it "
                + "was deprecated and its end announced, so its clients should have moved on"),
                changes(announced, removed, LocalDate.of(2027, 1, 1)));
        assertEquals(DiffResult.INCOMPATIBLE, OpenApiCompare.fromContents(announced, removed).isChanged());
    }

    /**
     * @param openApiDiffAlone what openapi-diff's own verdict is, for the README's comparison: it has no
     *                         warning level, and calls some breaking changes compatible
     */
    private static void assertChanges(DiffResult openApiDiffAlone, Consumer<ObjectNode> mutation, String... expected) {
        String head = SpecMutation.of(SPEC).change(mutation).yaml();
        assertEquals(List.of(expected), changes(SPEC, head));
        assertEquals(openApiDiffAlone, OpenApiCompare.fromContents(SPEC, head).isChanged(), "openapi-diff alone");
    }

    private static List<String> changes(String base, String head) {
        return changes(base, head, TODAY);
    }

    /** Every change but documentation ones, as "LEVEL operation: what - why". */
    private static List<String> changes(String base, String head, LocalDate today) {
        return SpecComparator.compare(base, head, today).changes().stream()
                .filter(change -> change.level() != ApiChange.Level.DOCUMENTATION)
                .map(change -> change.level() + " " + change.describe())
                .distinct()
                .toList();
    }
}
