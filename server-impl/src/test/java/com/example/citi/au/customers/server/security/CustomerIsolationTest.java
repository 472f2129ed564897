package com.example.citi.au.customers.server.security;

import static com.example.citi.au.customers.server.support.SandboxCaller.LIAM;
import static com.example.citi.au.customers.server.support.SandboxCaller.OLIVIA;
import static com.example.citi.au.customers.server.support.SandboxCaller.PARTNER_FOR_CHARLOTTE;
import static com.example.citi.au.customers.server.support.StepUpSteps.confirmation;
import static com.example.citi.au.customers.server.support.StepUpSteps.controlFlowOf;
import static com.example.citi.au.customers.server.support.StepUpSteps.passwordIn;
import static com.example.citi.au.customers.server.support.StepUpSteps.smsRequest;
import static com.example.citi.au.customers.server.support.StepUpSteps.validation;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.server.support.ApiIntegrationTest;
import com.example.citi.au.customers.server.support.ApiResponse;
import com.example.citi.au.customers.server.support.SandboxCaller;
import com.example.citi.au.customers.server.support.SandboxClient;
import com.example.citi.au.customers.server.support.SpecOperations.SpecOperation;
import com.example.citi.au.customers.server.support.SpecOperations;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every operation the spec declares, Liam's token reaches nothing of Olivia's: a read
 * answers none of her values, even when it names her card account or control flow, and a change
 * that names her emailKey, phoneKey, accountId, offer or controlFlowId is answered 404 or 422
 * and leaves her data, read back through the API, as it was.
 */
class CustomerIsolationTest extends ApiIntegrationTest {

    private static final String OLIVIAS_CARD = "4d6f1b2c8a9e0f3d4d6f1b2c8a9e0f3d";
    private static final String OLIVIAS_PRESENTED_OFFER = "OFR-BT-2026-0001";
    private static final String OLIVIAS_ACCEPTED_OFFER = "OFR-CLI-2026-0002";

    /** Values only Olivia's data holds: her names, addresses, emails, phones, card and keys. */
    private static final List<String> OLIVIAS_VALUES = List.of(
            "OLIVIA", "BENNETT", "2 Park Street", "PO Box 1234", "14 Bayview Terrace", "olivia.bennett@example.com",
            "o.bennett@example.net", "412345678", "91234567", OLIVIAS_CARD, "4821", OLIVIAS_PRESENTED_OFFER,
            "ALR-20261127-001000", "\"addressKey\":1001", "\"emailKey\":2001", "\"emailKey\":2002",
            "\"phoneKey\":3001", "\"phoneKey\":3002");

    private static final String EMAILS = "/v1/customers/profiles/emails";
    private static final String PHONES = "/v1/customers/profiles/phoneNumbers";
    private static final String OTP = "/v1/mfa/otp";
    private static final String OUTBOX = "/sandbox/v1/otpOutbox";
    private static final String IMAGES = "/v1/customers/profile/images";
    private static final String OFFERS = "/v1/offers";
    private static final String FULFILLMENTS = "/v1/sales/customers/offers/fulfillments";
    private static final String ALERTS = "/v1/customers/alerts";
    private static final String ALERT_CHANGES = "/v1/communications/alerts/profilesAndSubscriptions";

    private static final String OLIVIA_CHANGES_EMAIL = """
            {"emails":[{"emailKey":2001,"emailAddress":"olivia.bennett@example.org","preferredEmailFlag":true}]}""";
    private static final String OLIVIA_CHANGES_MOBILE = """
            {"phones":[{"phoneKey":3001,"phoneType":"MOBILE","phoneCountryCode":"61","phoneNumber":"498765432",
                        "preferredPhoneFlag":true}]}""";

    static List<SpecOperation> operations() {
        return SpecOperations.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void liamCannotReadOrChangeOliviasData(SpecOperation operation) {
        Runnable isolationCase = cases().get(operation.operationId());

        assertThat(isolationCase).as("an isolation case for " + operation).isNotNull();
        isolationCase.run();
    }

    private Map<String, Runnable> cases() {
        return Map.ofEntries(
                entry("retrieveCustomerProfile", () -> readsNothingOfOlivias(get(LIAM, "/v1/customers/profiles").send())),
                entry("retrieveCustomerAddresses", () -> readsNothingOfOlivias(get(LIAM, "/v1/customers/profiles/addresses").send())),
                entry("retrieveCustomerParticulars", () -> readsNothingOfOlivias(get(LIAM, "/v1/customers/profiles/basic").send())),
                entry("retrieveCustomerEmails", () -> readsNothingOfOlivias(get(LIAM, EMAILS).send())),
                entry("retrieveCustomerPhoneNumbers", () -> readsNothingOfOlivias(get(LIAM, PHONES).send())),
                entry("updateCustomerEmails", this::emailUpdateNamingOliviasEmailKey),
                entry("updateCustomerPhoneNumbers", this::phoneUpdateNamingOliviasPhoneKey),
                entry("confirmCustomerEmailUpdate", this::emailConfirmationOfOliviasControlFlow),
                entry("confirmCustomerPhoneNumberUpdate", this::phoneConfirmationOfOliviasControlFlow),
                entry("sendOneTimePassword", this::passwordSentForOliviasControlFlow),
                entry("validateOneTimePassword", this::passwordValidatedForOliviasControlFlow),
                entry("retrieveSandboxOtpOutbox", this::outboxReadForOliviasControlFlow),
                entry("retrieveCustomerAlerts", () -> readsNothingOfOlivias(get(LIAM, ALERTS).query("accountId=" + OLIVIAS_CARD).send())),
                entry("retrieveCustomerAlertHistory",
                        () -> readsNothingOfOlivias(get(LIAM, ALERTS + "/history").query("accountId=" + OLIVIAS_CARD).send())),
                entry("manageAlertProfileAndSubscriptions", this::alertChangesNamingOliviasCardAndKeys),
                entry("retrieveCardAccountAddresses", this::cardAddressesOfOliviasCard),
                entry("retrievePartnerCustomerProfile", this::partnerRead),
                entry("retrieveCustomerProfileImage", this::imageRead),
                entry("updateCustomerProfileImage", this::imageUpload),
                entry("deleteCustomerProfileImage", this::imageDeletion),
                entry("updateOffer", this::offerUpdateOfOliviasOffer),
                entry("fulfillOffer", this::fulfilmentOfOliviasOffer),
                entry("issueSandboxAccessToken", this::tokenCallWithLiamsToken),
                entry("resetSandboxCustomer", this::resetByLiam));
    }

    private void emailUpdateNamingOliviasEmailKey() {
        String before = read(OLIVIA, EMAILS);

        ApiResponse response = put(LIAM, EMAILS, OLIVIA_CHANGES_EMAIL).send();

        refused(response);
        assertThat(read(OLIVIA, EMAILS)).isEqualTo(before);
    }

    private void phoneUpdateNamingOliviasPhoneKey() {
        String before = read(OLIVIA, PHONES);

        ApiResponse response = put(LIAM, PHONES, OLIVIA_CHANGES_MOBILE).send();

        refused(response);
        assertThat(read(OLIVIA, PHONES)).isEqualTo(before);
    }

    private void emailConfirmationOfOliviasControlFlow() {
        String controlFlowId = validatedStepUp(EMAILS, OLIVIA_CHANGES_EMAIL);
        String before = read(OLIVIA, EMAILS);

        ApiResponse response = post(LIAM, EMAILS + "/confirmation", confirmation(controlFlowId)).send();

        refused(response);
        assertThat(read(OLIVIA, EMAILS)).isEqualTo(before);
        readsNothingOfOlivias(get(LIAM, EMAILS).send());
        assertThat(post(OLIVIA, EMAILS + "/confirmation", confirmation(controlFlowId)).send().status()).isEqualTo(200);
    }

    private void phoneConfirmationOfOliviasControlFlow() {
        String controlFlowId = validatedStepUp(PHONES, OLIVIA_CHANGES_MOBILE);
        String before = read(OLIVIA, PHONES);

        ApiResponse response = post(LIAM, PHONES + "/confirmation", confirmation(controlFlowId)).send();

        refused(response);
        assertThat(read(OLIVIA, PHONES)).isEqualTo(before);
        assertThat(post(OLIVIA, PHONES + "/confirmation", confirmation(controlFlowId)).send().status()).isEqualTo(200);
    }

    private void passwordSentForOliviasControlFlow() {
        String controlFlowId = stepUp(EMAILS, OLIVIA_CHANGES_EMAIL);

        ApiResponse response = post(LIAM, OTP, smsRequest(controlFlowId)).send();

        refused(response);
        readsNothingOfOlivias(response);
        assertThat(get(OLIVIA, OUTBOX).query("controlFlowId=" + controlFlowId).send().json().path("messages").size()).isZero();
        assertThat(get(LIAM, OUTBOX).send().json().path("messages").size()).isZero();
    }

    private void passwordValidatedForOliviasControlFlow() {
        String controlFlowId = stepUp(EMAILS, OLIVIA_CHANGES_EMAIL);
        String otp = sendAndReadOtp(controlFlowId);

        ApiResponse response = put(LIAM, OTP, validation(controlFlowId, otp)).send();

        refused(response);
        assertThat(post(OLIVIA, EMAILS + "/confirmation", confirmation(controlFlowId)).send().status())
                .as("Liam's right password did not validate Olivia's flow").isNotEqualTo(200);
        assertThat(put(OLIVIA, OTP, validation(controlFlowId, otp)).send().status()).isEqualTo(200);
    }

    private void outboxReadForOliviasControlFlow() {
        String controlFlowId = stepUp(EMAILS, OLIVIA_CHANGES_EMAIL);
        sendAndReadOtp(controlFlowId);

        ApiResponse byFlow = get(LIAM, OUTBOX).query("controlFlowId=" + controlFlowId).send();
        ApiResponse all = get(LIAM, OUTBOX).send();

        assertThat(byFlow.status()).isEqualTo(200);
        assertThat(byFlow.json().path("messages").size()).isZero();
        assertThat(all.json().path("messages").size()).isZero();
    }

    private void alertChangesNamingOliviasCardAndKeys() {
        String before = read(OLIVIA, ALERTS);

        ApiResponse card = put(LIAM, ALERT_CHANGES, """
                {"alertSubscriptions": [{"alertType": "LARGE_TRANSACTION", "accountId": "%s",
                  "subscriptionAction": "SUBSCRIBE"}]}""".formatted(OLIVIAS_CARD)).send();
        ApiResponse keys = put(LIAM, ALERT_CHANGES, """
                {"alertProfile": {"emailKey": 2001, "phoneKey": 3001}}""").send();

        refused(card);
        refused(keys);
        assertThat(read(OLIVIA, ALERTS)).isEqualTo(before);
    }

    private void cardAddressesOfOliviasCard() {
        ApiResponse response = get(LIAM, "/v1/cards/accounts/" + OLIVIAS_CARD + "/addresses").send();

        assertThat(response.status()).isEqualTo(404);
        readsNothingOfOlivias(response);
    }

    private void partnerRead() {
        ApiResponse liam = get(LIAM, "/partner/v1/customers/profiles").send();
        ApiResponse partner = get(PARTNER_FOR_CHARLOTTE, "/partner/v1/customers/profiles").send();

        assertThat(liam.status()).isEqualTo(403);
        readsNothingOfOlivias(liam);
        readsNothingOfOlivias(partner);
    }

    private void imageRead() {
        String oliviasImage = imageData(OLIVIA);

        ApiResponse response = get(LIAM, IMAGES).send();

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).doesNotContain(oliviasImage);
    }

    private void imageUpload() {
        String before = read(OLIVIA, IMAGES);
        String upload = operation("updateCustomerProfileImage").exampleBody().orElseThrow();

        assertThat(put(LIAM, IMAGES, upload).send().status()).isEqualTo(200);

        assertThat(read(OLIVIA, IMAGES)).isEqualTo(before);
    }

    private void imageDeletion() {
        String before = read(OLIVIA, IMAGES);

        ApiResponse response = delete(LIAM, IMAGES).send();

        assertThat(response.status()).isEqualTo(404);
        assertThat(read(OLIVIA, IMAGES)).isEqualTo(before);
    }

    private void offerUpdateOfOliviasOffer() {
        ApiResponse response = put(LIAM, OFFERS, """
                {"offerId":"%s","offerStatus":"ACCEPTED","channelId":"MOBILE"}""".formatted(OLIVIAS_PRESENTED_OFFER)).send();

        refused(response);
        readsNothingOfOlivias(response);
        ApiResponse olivias = put(OLIVIA, OFFERS, """
                {"offerId":"%s","offerStatus":"VIEWED"}""".formatted(OLIVIAS_PRESENTED_OFFER)).send();
        assertThat(olivias.status()).as("a still presented offer can move to VIEWED").isEqualTo(200);
        assertThat(olivias.json().path("lastUpdatedDateTime").asString()).isEqualTo(clock.instant().toString());
    }

    private void fulfilmentOfOliviasOffer() {
        ApiResponse response = post(LIAM, FULFILLMENTS, """
                {"offerId":"%s","accountId":"%s",
                 "consentDetails":[{"consentType":"TERMS_AND_CONDITIONS","consentGivenFlag":true}]}"""
                .formatted(OLIVIAS_ACCEPTED_OFFER, OLIVIAS_CARD)).send();

        refused(response);
        readsNothingOfOlivias(response);
        ApiResponse olivias = post(OLIVIA, FULFILLMENTS, """
                {"offerId":"%s","consentDetails":[{"consentType":"TERMS_AND_CONDITIONS","consentGivenFlag":true}]}"""
                .formatted(OLIVIAS_ACCEPTED_OFFER)).send();
        assertThat(olivias.status()).as("the offer is still unfulfilled: " + olivias.body()).isBetween(200, 299);
    }

    /** Liam's reset puts back Liam's data only: Olivia's pending change, its password and her outbox stay. */
    private void resetByLiam() {
        String controlFlowId = stepUp(EMAILS, OLIVIA_CHANGES_EMAIL);
        String otp = sendAndReadOtp(controlFlowId);
        String outbox = read(OLIVIA, OUTBOX);

        ApiResponse response = as(LIAM, "POST", "/sandbox/v1/customers/reset").send();

        assertThat(response.status()).isEqualTo(200);
        readsNothingOfOlivias(response);
        assertThat(read(OLIVIA, OUTBOX)).isEqualTo(outbox);
        assertThat(put(OLIVIA, OTP, validation(controlFlowId, otp)).send().status()).isEqualTo(200);
    }

    /** The token call takes client credentials only: Liam's token cannot be turned into one for Olivia. */
    private void tokenCallWithLiamsToken() {
        ApiResponse response = tokenCall(SandboxClient.APP).header("Authorization", "Bearer " + LIAM.token())
                .form("grant_type=client_credentials&customer=1").send();

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("access_token");
    }

    private static void readsNothingOfOlivias(ApiResponse response) {
        assertThat(response.status()).as(response.body()).isLessThan(500);
        assertThat(response.body()).doesNotContain(OLIVIAS_VALUES);
    }

    private static void refused(ApiResponse response) {
        assertThat(response.status()).as(response.body()).isIn(404, 422);
    }

    private String read(SandboxCaller caller, String path) {
        ApiResponse response = get(caller, path).send();
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    private String imageData(SandboxCaller caller) {
        return get(caller, IMAGES).send().json().path("imageData").asString();
    }

    private String stepUp(String path, String change) {
        return controlFlowOf(put(OLIVIA, path, change).send());
    }

    private String sendAndReadOtp(String controlFlowId) {
        assertThat(post(OLIVIA, OTP, smsRequest(controlFlowId)).send().status()).isEqualTo(200);
        return passwordIn(get(OLIVIA, OUTBOX).query("controlFlowId=" + controlFlowId).send());
    }

    private String validatedStepUp(String path, String change) {
        String controlFlowId = stepUp(path, change);
        assertThat(put(OLIVIA, OTP, validation(controlFlowId, sendAndReadOtp(controlFlowId))).send().status())
                .isEqualTo(200);
        return controlFlowId;
    }

    private static SpecOperation operation(String operationId) {
        return operations().stream().filter(op -> op.operationId().equals(operationId)).findFirst().orElseThrow();
    }
}
