package com.example.citi.au.customers.server.alert;

import static com.example.citi.au.customers.server.alert.AlertFixtures.ALERTS;
import static com.example.citi.au.customers.server.alert.AlertFixtures.LIAM_CARD;
import static com.example.citi.au.customers.server.alert.AlertFixtures.OLIVIA_CARD;
import static com.example.citi.au.customers.server.alert.AlertFixtures.UNKNOWN_CARD;
import static com.example.citi.au.customers.server.alert.AlertFixtures.alertOfType;
import static com.example.citi.au.customers.server.alert.AlertFixtures.channels;
import static com.example.citi.au.customers.server.alert.AlertFixtures.values;
import static com.example.citi.au.customers.server.support.SandboxCaller.CHARLOTTE;
import static com.example.citi.au.customers.server.support.SandboxCaller.LIAM;
import static com.example.citi.au.customers.server.support.SandboxCaller.OLIVIA;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.server.support.ApiIntegrationTest;
import com.example.citi.au.customers.server.support.ApiResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CustomerAlertsTest extends ApiIntegrationTest {

    @Test
    void listsTheCustomersAlertProfile() {
        JsonNode profile = get(OLIVIA, ALERTS).send().json().path("alertProfile");

        assertThat(profile.path("preferredDeliveryChannel").asString()).isEqualTo("SMS");
        assertThat(profile.path("emailKey").asLong()).isEqualTo(2001);
        assertThat(profile.path("phoneKey").asLong()).isEqualTo(3001);
        assertThat(profile.path("languageCode").asString()).isEqualTo("en");
        assertThat(profile.path("alertsActiveFlag").asBoolean()).isTrue();
    }

    @Test
    void listsEnrolledAndEligibleAlertsInTheOrderTheyWereSetUp() {
        ApiResponse response = get(OLIVIA, ALERTS).send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(values(response.json().path("alerts"), "alertType"))
                .containsExactly("LOW_BALANCE", "PAYMENT_DUE", "LARGE_TRANSACTION", "PROFILE_CHANGE");
        assertThat(values(response.json().path("alerts"), "enrollmentStatus"))
                .containsExactly("ENROLLED", "ENROLLED", "ELIGIBLE", "ELIGIBLE");
    }

    @Test
    void showsChannelsThresholdAndCurrencyOfAnEnrolledAccountAlert() {
        JsonNode lowBalance = alertOfType(get(OLIVIA, ALERTS).send().json(), "LOW_BALANCE");

        assertThat(lowBalance.path("alertDescription").asString()).isEqualTo("Available balance falls below a threshold");
        assertThat(lowBalance.path("alertCategory").asString()).isEqualTo("ACCOUNT");
        assertThat(lowBalance.path("accountId").asString()).isEqualTo(OLIVIA_CARD);
        assertThat(lowBalance.path("displayAccountNumber").asString()).isEqualTo("XXXX-XXXX-XXXX-4821");
        assertThat(channels(lowBalance)).containsExactly("SMS", "EMAIL");
        assertThat(lowBalance.path("thresholdAmount").asDouble()).isEqualTo(100.00);
        assertThat(lowBalance.path("currencyCode").asString()).isEqualTo("AUD");
    }

    @Test
    void leavesOutThresholdAndCurrencyOfAnAlertWithoutThem() {
        JsonNode paymentDue = alertOfType(get(OLIVIA, ALERTS).send().json(), "PAYMENT_DUE");

        assertThat(channels(paymentDue)).containsExactly("EMAIL");
        assertThat(paymentDue.has("thresholdAmount")).isFalse();
        assertThat(paymentDue.has("currencyCode")).isFalse();
    }

    @Test
    void leavesOutChannelsOfAnEligibleAlertAndTheAccountOfACustomerLevelAlert() {
        JsonNode profileChange = alertOfType(get(OLIVIA, ALERTS).send().json(), "PROFILE_CHANGE");

        assertThat(profileChange.path("alertCategory").asString()).isEqualTo("SECURITY");
        assertThat(profileChange.has("deliveryChannels")).isFalse();
        assertThat(profileChange.has("accountId")).isFalse();
        assertThat(profileChange.has("displayAccountNumber")).isFalse();
    }

    @Test
    void filtersByEnrolledStatus() {
        JsonNode alerts = get(OLIVIA, ALERTS).query("alertStatus=ENROLLED").send().json().path("alerts");

        assertThat(values(alerts, "alertType")).containsExactly("LOW_BALANCE", "PAYMENT_DUE");
    }

    @Test
    void filtersByEligibleStatus() {
        JsonNode alerts = get(OLIVIA, ALERTS).query("alertStatus=ELIGIBLE").send().json().path("alerts");

        assertThat(values(alerts, "alertType")).containsExactly("LARGE_TRANSACTION", "PROFILE_CHANGE");
    }

    @Test
    void filtersByAlertType() {
        JsonNode alerts = get(OLIVIA, ALERTS).query("alertType=LARGE_TRANSACTION").send().json().path("alerts");

        assertThat(values(alerts, "alertType")).containsExactly("LARGE_TRANSACTION");
    }

    @Test
    void filtersByTheCustomersCardAccount() {
        JsonNode alerts = get(OLIVIA, ALERTS).query("accountId=" + OLIVIA_CARD).send().json().path("alerts");

        assertThat(values(alerts, "alertType")).containsExactly("LOW_BALANCE", "PAYMENT_DUE", "LARGE_TRANSACTION");
    }

    @Test
    void combinesFilters() {
        JsonNode alerts = get(OLIVIA, ALERTS).query("alertStatus=ELIGIBLE&accountId=" + OLIVIA_CARD)
                .send().json().path("alerts");

        assertThat(values(alerts, "alertType")).containsExactly("LARGE_TRANSACTION");
    }

    @Test
    void listsOnlyTheSignedInCustomersAlerts() {
        JsonNode response = get(LIAM, ALERTS).send().json();

        assertThat(values(response.path("alerts"), "alertType")).containsExactly("PROFILE_CHANGE", "LOW_BALANCE");
        assertThat(alertOfType(response, "LOW_BALANCE").path("accountId").asString()).isEqualTo(LIAM_CARD);
        assertThat(response.path("alertProfile").path("preferredDeliveryChannel").asString()).isEqualTo("EMAIL");
        assertThat(response.path("alertProfile").path("emailKey").asLong()).isEqualTo(2102);
        assertThat(response.path("alertProfile").has("phoneKey")).isFalse();
    }

    @Test
    void answersAnEmptyListWhenNothingMatches() {
        ApiResponse response = get(CHARLOTTE, ALERTS).query("alertStatus=ENROLLED").send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("alerts").isArray()).isTrue();
        assertThat(response.json().path("alerts").size()).isZero();
        assertThat(response.json().path("alertProfile").path("preferredDeliveryChannel").asString()).isEqualTo("PUSH");
        assertThat(response.json().path("alertProfile").path("alertsActiveFlag").asBoolean()).isFalse();
    }

    @Test
    void answersAnEmptyListForAnAlertTypeTheCustomerDoesNotHave() {
        ApiResponse response = get(OLIVIA, ALERTS).query("alertType=TRAVEL_NOTICE").send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("alerts").size()).isZero();
    }

    @Test
    void rejectsAnotherCustomersCardAccountAsNotFound() {
        ApiResponse response = get(LIAM, ALERTS).query("accountId=" + OLIVIA_CARD).send();

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.errorCode()).isEqualTo("resourceNotFound");
        assertThat(response.errorLocation()).isEqualTo("accountId");
    }

    @Test
    void rejectsAnUnknownCardAccountAsNotFound() {
        ApiResponse response = get(OLIVIA, ALERTS).query("accountId=" + UNKNOWN_CARD).send();

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.errorLocation()).isEqualTo("accountId");
    }

    @Test
    void rejectsAnAlertStatusOutsideTheSpec() {
        ApiResponse response = get(OLIVIA, ALERTS).query("alertStatus=PAUSED").send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("invalidRequest");
        assertThat(response.errorLocation()).isEqualTo("alertStatus");
    }

    @Test
    void rejectsAMalformedAccountId() {
        ApiResponse response = get(OLIVIA, ALERTS).query("accountId=XYZ").send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorLocation()).isEqualTo("accountId");
    }
}
