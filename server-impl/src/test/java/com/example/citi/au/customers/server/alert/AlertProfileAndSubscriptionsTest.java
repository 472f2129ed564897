package com.example.citi.au.customers.server.alert;

import static com.example.citi.au.customers.server.alert.AlertFixtures.ALERTS;
import static com.example.citi.au.customers.server.alert.AlertFixtures.LIAM_CARD;
import static com.example.citi.au.customers.server.alert.AlertFixtures.OLIVIA_CARD;
import static com.example.citi.au.customers.server.alert.AlertFixtures.PROFILE_AND_SUBSCRIPTIONS;
import static com.example.citi.au.customers.server.alert.AlertFixtures.UNKNOWN_CARD;
import static com.example.citi.au.customers.server.alert.AlertFixtures.alertOfType;
import static com.example.citi.au.customers.server.alert.AlertFixtures.channels;
import static com.example.citi.au.customers.server.alert.AlertFixtures.values;
import static com.example.citi.au.customers.server.support.SandboxCaller.LIAM;
import static com.example.citi.au.customers.server.support.SandboxCaller.OLIVIA;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.server.support.ApiIntegrationTest;
import com.example.citi.au.customers.server.support.ApiResponse;
import com.example.citi.au.customers.server.support.SandboxCaller;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AlertProfileAndSubscriptionsTest extends ApiIntegrationTest {

    // --- the alerts profile

    @Test
    void changesOnlyTheProfileFieldsGiven() {
        ApiResponse response = change(OLIVIA, """
                {"alertProfile": {"preferredDeliveryChannel": "EMAIL"}}""");

        assertThat(response.status()).isEqualTo(200);
        JsonNode profile = response.json().path("alertProfile");
        assertThat(profile.path("preferredDeliveryChannel").asString()).isEqualTo("EMAIL");
        assertThat(profile.path("emailKey").asLong()).isEqualTo(2001);
        assertThat(profile.path("phoneKey").asLong()).isEqualTo(3001);
        assertThat(profile.path("languageCode").asString()).isEqualTo("en");
        assertThat(profile.path("alertsActiveFlag").asBoolean()).isTrue();
        assertThat(response.json().path("alertSubscriptions").size()).isZero();
    }

    @Test
    void showsTheChangedProfileThroughTheAlertsRead() {
        change(OLIVIA, """
                {"alertProfile": {"preferredDeliveryChannel": "PUSH", "emailKey": 2002, "alertsActiveFlag": false}}""");

        JsonNode profile = alerts(OLIVIA).path("alertProfile");
        assertThat(profile.path("preferredDeliveryChannel").asString()).isEqualTo("PUSH");
        assertThat(profile.path("emailKey").asLong()).isEqualTo(2002);
        assertThat(profile.path("phoneKey").asLong()).isEqualTo(3001);
        assertThat(profile.path("alertsActiveFlag").asBoolean()).isFalse();
    }

    @Test
    void rejectsAnEmailKeyOfAnotherCustomer() {
        ApiResponse response = change(OLIVIA, """
                {"alertProfile": {"emailKey": 2101}}""");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorCode()).isEqualTo("businessValidationsFailed");
        assertThat(response.errorLocation()).isEqualTo("alertProfile.emailKey");
        assertThat(alerts(OLIVIA).path("alertProfile").path("emailKey").asLong()).isEqualTo(2001);
    }

    @Test
    void rejectsAnUnknownEmailKey() {
        ApiResponse response = change(OLIVIA, """
                {"alertProfile": {"emailKey": 999999}}""");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorLocation()).isEqualTo("alertProfile.emailKey");
    }

    @Test
    void rejectsAPhoneKeyOfAnotherCustomer() {
        ApiResponse response = change(OLIVIA, """
                {"alertProfile": {"phoneKey": 3101}}""");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorCode()).isEqualTo("businessValidationsFailed");
        assertThat(response.errorLocation()).isEqualTo("alertProfile.phoneKey");
        assertThat(alerts(OLIVIA).path("alertProfile").path("phoneKey").asLong()).isEqualTo(3001);
    }

    @Test
    void rejectsALanguageOtherThanEnglish() {
        ApiResponse response = change(OLIVIA, """
                {"alertProfile": {"languageCode": "fr"}}""");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorLocation()).isEqualTo("alertProfile.languageCode");
    }

    // --- SUBSCRIBE

    @Test
    void subscribesAnEligibleAlertOnThePreferredChannelWhenNoChannelIsGiven() {
        ApiResponse response = change(OLIVIA, """
                {"alertSubscriptions": [{"alertType": "PROFILE_CHANGE", "subscriptionAction": "SUBSCRIBE"}]}""");

        JsonNode subscription = response.json().path("alertSubscriptions").get(0);
        assertThat(subscription.path("alertType").asString()).isEqualTo("PROFILE_CHANGE");
        assertThat(subscription.path("subscriptionStatus").asString()).isEqualTo("ENROLLED");
        assertThat(channels(subscription)).containsExactly("SMS");
        assertThat(subscription.has("accountId")).isFalse();
    }

    @Test
    void showsTheSubscribedAlertAsEnrolledThroughTheAlertsRead() {
        change(OLIVIA, """
                {"alertSubscriptions": [{"alertType": "PROFILE_CHANGE", "subscriptionAction": "SUBSCRIBE"}]}""");

        JsonNode profileChange = alertOfType(alerts(OLIVIA), "PROFILE_CHANGE");
        assertThat(profileChange.path("enrollmentStatus").asString()).isEqualTo("ENROLLED");
        assertThat(channels(profileChange)).containsExactly("SMS");
    }

    @Test
    void subscribesWithTheChannelsThresholdAndCurrencyGiven() {
        ApiResponse response = change(OLIVIA, """
                {"alertSubscriptions": [{"alertType": "LARGE_TRANSACTION", "accountId": "%s",
                  "subscriptionAction": "SUBSCRIBE", "deliveryChannels": ["PUSH", "EMAIL"],
                  "thresholdAmount": 500, "currencyCode": "AUD"}]}""".formatted(OLIVIA_CARD));

        JsonNode subscription = response.json().path("alertSubscriptions").get(0);
        assertThat(subscription.path("accountId").asString()).isEqualTo(OLIVIA_CARD);
        assertThat(subscription.path("thresholdAmount").asDouble()).isEqualTo(500.0);
        JsonNode largeTransaction = alertOfType(alerts(OLIVIA), "LARGE_TRANSACTION");
        assertThat(largeTransaction.path("enrollmentStatus").asString()).isEqualTo("ENROLLED");
        assertThat(channels(largeTransaction)).containsExactly("PUSH", "EMAIL");
        assertThat(largeTransaction.path("thresholdAmount").asDouble()).isEqualTo(500.0);
        assertThat(largeTransaction.path("currencyCode").asString()).isEqualTo("AUD");
    }

    @Test
    void subscribesOnThePreferredChannelTheSameRequestSets() {
        ApiResponse response = change(OLIVIA, """
                {"alertProfile": {"preferredDeliveryChannel": "EMAIL"},
                 "alertSubscriptions": [{"alertType": "PROFILE_CHANGE", "subscriptionAction": "SUBSCRIBE"}]}""");

        assertThat(response.json().path("alertProfile").path("preferredDeliveryChannel").asString()).isEqualTo("EMAIL");
        assertThat(channels(response.json().path("alertSubscriptions").get(0))).containsExactly("EMAIL");
    }

    @Test
    void leavesAnEnrolledAlertAsItIsWhenSubscribedAgain() {
        ApiResponse response = change(OLIVIA, """
                {"alertSubscriptions": [{"alertType": "LOW_BALANCE", "accountId": "%s",
                  "subscriptionAction": "SUBSCRIBE", "deliveryChannels": ["PUSH"], "thresholdAmount": 5}]}"""
                .formatted(OLIVIA_CARD));

        assertThat(response.status()).isEqualTo(200);
        JsonNode lowBalance = alertOfType(alerts(OLIVIA), "LOW_BALANCE");
        assertThat(lowBalance.path("enrollmentStatus").asString()).isEqualTo("ENROLLED");
        assertThat(channels(lowBalance)).containsExactly("SMS", "EMAIL");
        assertThat(lowBalance.path("thresholdAmount").asDouble()).isEqualTo(100.0);
    }

    // --- UNSUBSCRIBE

    @Test
    void unsubscribesAnEnrolledAlertAndClearsItsChannelsAndThreshold() {
        ApiResponse response = change(OLIVIA, """
                {"alertSubscriptions": [{"alertType": "LOW_BALANCE", "accountId": "%s",
                  "subscriptionAction": "UNSUBSCRIBE"}]}""".formatted(OLIVIA_CARD));

        JsonNode subscription = response.json().path("alertSubscriptions").get(0);
        assertThat(subscription.path("subscriptionStatus").asString()).isEqualTo("ELIGIBLE");
        assertThat(subscription.has("deliveryChannels")).isFalse();
        assertThat(subscription.has("thresholdAmount")).isFalse();
    }

    @Test
    void showsTheUnsubscribedAlertAsEligibleThroughTheAlertsRead() {
        change(OLIVIA, """
                {"alertSubscriptions": [{"alertType": "LOW_BALANCE", "accountId": "%s",
                  "subscriptionAction": "UNSUBSCRIBE"}]}""".formatted(OLIVIA_CARD));

        JsonNode lowBalance = alertOfType(alerts(OLIVIA), "LOW_BALANCE");
        assertThat(lowBalance.path("enrollmentStatus").asString()).isEqualTo("ELIGIBLE");
        assertThat(lowBalance.has("deliveryChannels")).isFalse();
        assertThat(lowBalance.has("thresholdAmount")).isFalse();
        assertThat(lowBalance.has("currencyCode")).isFalse();
    }

    @Test
    void leavesAnEligibleAlertEligibleWhenUnsubscribed() {
        ApiResponse response = change(OLIVIA, """
                {"alertSubscriptions": [{"alertType": "PROFILE_CHANGE", "subscriptionAction": "UNSUBSCRIBE"}]}""");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("alertSubscriptions").get(0).path("subscriptionStatus").asString())
                .isEqualTo("ELIGIBLE");
        assertThat(alertOfType(alerts(OLIVIA), "PROFILE_CHANGE").path("enrollmentStatus").asString())
                .isEqualTo("ELIGIBLE");
    }

    // --- UPDATE

    @Test
    void updatesTheChannelsAndThresholdOfAnEnrolledAlertKeepingItsCurrency() {
        ApiResponse response = change(OLIVIA, """
                {"alertSubscriptions": [{"alertType": "LOW_BALANCE", "accountId": "%s",
                  "subscriptionAction": "UPDATE", "deliveryChannels": ["PUSH"], "thresholdAmount": 250.5}]}"""
                .formatted(OLIVIA_CARD));

        assertThat(response.status()).isEqualTo(200);
        JsonNode lowBalance = alertOfType(alerts(OLIVIA), "LOW_BALANCE");
        assertThat(lowBalance.path("enrollmentStatus").asString()).isEqualTo("ENROLLED");
        assertThat(channels(lowBalance)).containsExactly("PUSH");
        assertThat(lowBalance.path("thresholdAmount").asDouble()).isEqualTo(250.5);
        assertThat(lowBalance.path("currencyCode").asString()).isEqualTo("AUD");
    }

    @Test
    void rejectsAnUpdateOfAnAlertThatIsNotEnrolled() {
        ApiResponse response = change(OLIVIA, """
                {"alertSubscriptions": [{"alertType": "LARGE_TRANSACTION", "accountId": "%s",
                  "subscriptionAction": "UPDATE", "deliveryChannels": ["SMS"]}]}""".formatted(OLIVIA_CARD));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorCode()).isEqualTo("businessValidationsFailed");
        assertThat(response.errorLocation()).isEqualTo("alertSubscriptions[0]");
        assertThat(alertOfType(alerts(OLIVIA), "LARGE_TRANSACTION").path("enrollmentStatus").asString())
                .isEqualTo("ELIGIBLE");
    }

    // --- what a subscription may name

    @Test
    void rejectsAnAlertTypeTheCustomerIsNotEligibleFor() {
        ApiResponse response = change(OLIVIA, """
                {"alertSubscriptions": [{"alertType": "TRAVEL_NOTICE", "subscriptionAction": "SUBSCRIBE"}]}""");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorCode()).isEqualTo("businessValidationsFailed");
        assertThat(response.errorLocation()).isEqualTo("alertSubscriptions[0].alertType");
    }

    @Test
    void rejectsAnAccountAlertNamedWithoutItsAccount() {
        ApiResponse response = change(OLIVIA, """
                {"alertSubscriptions": [{"alertType": "LARGE_TRANSACTION", "subscriptionAction": "SUBSCRIBE"}]}""");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorLocation()).isEqualTo("alertSubscriptions[0].alertType");
    }

    @Test
    void rejectsAnUnknownCardAccountAsNotFound() {
        ApiResponse response = change(OLIVIA, """
                {"alertSubscriptions": [{"alertType": "LARGE_TRANSACTION", "accountId": "%s",
                  "subscriptionAction": "SUBSCRIBE"}]}""".formatted(UNKNOWN_CARD));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.errorCode()).isEqualTo("resourceNotFound");
        assertThat(response.errorLocation()).isEqualTo("alertSubscriptions[0].accountId");
    }

    @Test
    void rejectsAThresholdOnAnAlertThatTakesNone() {
        ApiResponse response = change(OLIVIA, """
                {"alertSubscriptions": [{"alertType": "PROFILE_CHANGE", "subscriptionAction": "SUBSCRIBE",
                  "thresholdAmount": 10}]}""");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorCode()).isEqualTo("businessValidationsFailed");
        assertThat(response.errorLocation()).isEqualTo("alertSubscriptions[0].thresholdAmount");
        assertThat(alertOfType(alerts(OLIVIA), "PROFILE_CHANGE").path("enrollmentStatus").asString())
                .isEqualTo("ELIGIBLE");
    }

    @Test
    void answersTheSubscriptionsNamedInRequestOrder() {
        ApiResponse response = change(OLIVIA, """
                {"alertSubscriptions": [
                  {"alertType": "PROFILE_CHANGE", "subscriptionAction": "SUBSCRIBE", "deliveryChannels": ["EMAIL"]},
                  {"alertType": "PAYMENT_DUE", "accountId": "%s", "subscriptionAction": "UNSUBSCRIBE"}]}"""
                .formatted(OLIVIA_CARD));

        JsonNode subscriptions = response.json().path("alertSubscriptions");
        assertThat(values(subscriptions, "alertType")).containsExactly("PROFILE_CHANGE", "PAYMENT_DUE");
        assertThat(values(subscriptions, "subscriptionStatus")).containsExactly("ENROLLED", "ELIGIBLE");
    }

    // --- the request as a whole

    @Test
    void rejectsARequestWithNeitherProfileNorSubscriptions() {
        ApiResponse response = change(OLIVIA, "{}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("invalidRequest");
        assertThat(response.errorLocation()).isEqualTo("body");
    }

    @Test
    void rejectsAnEmptySubscriptionList() {
        ApiResponse response = change(OLIVIA, """
                {"alertSubscriptions": []}""");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorLocation()).isEqualTo("alertSubscriptions");
    }

    @Test
    void rejectsAnEmptyChannelList() {
        ApiResponse response = change(OLIVIA, """
                {"alertSubscriptions": [{"alertType": "PROFILE_CHANGE", "subscriptionAction": "SUBSCRIBE",
                  "deliveryChannels": []}]}""");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorLocation()).isEqualTo("alertSubscriptions[0].deliveryChannels");
    }

    @Test
    void rejectsAnUnknownSubscriptionAction() {
        ApiResponse response = change(OLIVIA, """
                {"alertSubscriptions": [{"alertType": "PROFILE_CHANGE", "subscriptionAction": "PAUSE"}]}""");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorLocation()).isEqualTo("alertSubscriptions[0].subscriptionAction");
    }

    @Test
    void appliesNothingWhenALaterSubscriptionIsRefused() {
        ApiResponse response = change(OLIVIA, """
                {"alertProfile": {"preferredDeliveryChannel": "PUSH", "emailKey": 2002},
                 "alertSubscriptions": [
                   {"alertType": "PROFILE_CHANGE", "subscriptionAction": "SUBSCRIBE"},
                   {"alertType": "LOW_BALANCE", "accountId": "%s", "subscriptionAction": "UNSUBSCRIBE"},
                   {"alertType": "LARGE_TRANSACTION", "accountId": "%s", "subscriptionAction": "UPDATE"}]}"""
                .formatted(OLIVIA_CARD, OLIVIA_CARD));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorLocation()).isEqualTo("alertSubscriptions[2]");
        JsonNode after = alerts(OLIVIA);
        assertThat(after.path("alertProfile").path("preferredDeliveryChannel").asString()).isEqualTo("SMS");
        assertThat(after.path("alertProfile").path("emailKey").asLong()).isEqualTo(2001);
        assertThat(values(after.path("alerts"), "enrollmentStatus"))
                .containsExactly("ENROLLED", "ENROLLED", "ELIGIBLE", "ELIGIBLE");
        assertThat(channels(alertOfType(after, "LOW_BALANCE"))).containsExactly("SMS", "EMAIL");
    }

    @Test
    void appliesNothingWhenALaterAccountIsNotFound() {
        ApiResponse response = change(OLIVIA, """
                {"alertSubscriptions": [
                   {"alertType": "PROFILE_CHANGE", "subscriptionAction": "SUBSCRIBE"},
                   {"alertType": "LOW_BALANCE", "accountId": "%s", "subscriptionAction": "SUBSCRIBE"}]}"""
                .formatted(LIAM_CARD));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.errorLocation()).isEqualTo("alertSubscriptions[1].accountId");
        assertThat(alertOfType(alerts(OLIVIA), "PROFILE_CHANGE").path("enrollmentStatus").asString())
                .isEqualTo("ELIGIBLE");
    }

    // --- one customer cannot reach another's alerts or keys

    @Test
    void rejectsAnotherCustomersCardAccountAsNotFoundAndLeavesItsAlertAlone() {
        ApiResponse response = change(LIAM, """
                {"alertSubscriptions": [{"alertType": "LARGE_TRANSACTION", "accountId": "%s",
                  "subscriptionAction": "SUBSCRIBE"}]}""".formatted(OLIVIA_CARD));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.errorLocation()).isEqualTo("alertSubscriptions[0].accountId");
        assertThat(alertOfType(alerts(OLIVIA), "LARGE_TRANSACTION").path("enrollmentStatus").asString())
                .isEqualTo("ELIGIBLE");
    }

    @Test
    void cannotReachAnotherCustomersAlertByItsType() {
        ApiResponse response = change(LIAM, """
                {"alertSubscriptions": [{"alertType": "PAYMENT_DUE", "subscriptionAction": "UNSUBSCRIBE"}]}""");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorLocation()).isEqualTo("alertSubscriptions[0].alertType");
        assertThat(alertOfType(alerts(OLIVIA), "PAYMENT_DUE").path("enrollmentStatus").asString())
                .isEqualTo("ENROLLED");
    }

    @Test
    void rejectsAnotherCustomersEmailAndPhoneKeys() {
        ApiResponse email = change(LIAM, """
                {"alertProfile": {"emailKey": 2001}}""");
        ApiResponse phone = change(LIAM, """
                {"alertProfile": {"phoneKey": 3001}}""");

        assertThat(email.status()).isEqualTo(422);
        assertThat(email.errorLocation()).isEqualTo("alertProfile.emailKey");
        assertThat(phone.status()).isEqualTo(422);
        assertThat(phone.errorLocation()).isEqualTo("alertProfile.phoneKey");
        JsonNode liamProfile = alerts(LIAM).path("alertProfile");
        assertThat(liamProfile.path("emailKey").asLong()).isEqualTo(2102);
        assertThat(liamProfile.has("phoneKey")).isFalse();
    }

    @Test
    void changesOnlyTheSignedInCustomersAlerts() {
        change(LIAM, """
                {"alertProfile": {"preferredDeliveryChannel": "PUSH"},
                 "alertSubscriptions": [{"alertType": "PROFILE_CHANGE", "subscriptionAction": "UNSUBSCRIBE"}]}""");

        JsonNode liam = alerts(LIAM);
        assertThat(liam.path("alertProfile").path("preferredDeliveryChannel").asString()).isEqualTo("PUSH");
        assertThat(alertOfType(liam, "PROFILE_CHANGE").path("enrollmentStatus").asString()).isEqualTo("ELIGIBLE");
        JsonNode olivia = alerts(OLIVIA);
        assertThat(olivia.path("alertProfile").path("preferredDeliveryChannel").asString()).isEqualTo("SMS");
        assertThat(values(olivia.path("alerts"), "enrollmentStatus"))
                .containsExactly("ENROLLED", "ENROLLED", "ELIGIBLE", "ELIGIBLE");
    }

    private ApiResponse change(SandboxCaller caller, String json) {
        return put(caller, PROFILE_AND_SUBSCRIPTIONS, json).send();
    }

    private JsonNode alerts(SandboxCaller caller) {
        return get(caller, ALERTS).send().json();
    }
}
