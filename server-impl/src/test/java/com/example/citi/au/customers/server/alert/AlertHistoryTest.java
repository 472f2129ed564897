package com.example.citi.au.customers.server.alert;

import static com.example.citi.au.customers.server.alert.AlertFixtures.HISTORY;
import static com.example.citi.au.customers.server.alert.AlertFixtures.LIAM_CARD;
import static com.example.citi.au.customers.server.alert.AlertFixtures.OLIVIA_CARD;
import static com.example.citi.au.customers.server.alert.AlertFixtures.UNKNOWN_CARD;
import static com.example.citi.au.customers.server.alert.AlertFixtures.values;
import static com.example.citi.au.customers.server.support.SandboxCaller.CHARLOTTE;
import static com.example.citi.au.customers.server.support.SandboxCaller.LIAM;
import static com.example.citi.au.customers.server.support.SandboxCaller.OLIVIA;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.server.support.ApiIntegrationTest;
import com.example.citi.au.customers.server.support.ApiResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class AlertHistoryTest extends ApiIntegrationTest {

    @Test
    void answersTheFirstTwentyRecordsNewestFirstWithTheNextStartIndex() {
        ApiResponse response = get(OLIVIA, HISTORY).send();

        assertThat(response.status()).isEqualTo(200);
        JsonNode records = response.json().path("alertHistory");
        assertThat(records.size()).isEqualTo(20);
        assertThat(records.get(0).path("alertReferenceId").asString()).isEqualTo("ALR-20261127-001000");
        assertThat(records.get(19).path("alertReferenceId").asString()).isEqualTo("ALR-20261001-001019");
        assertThat(response.json().path("nextStartIndex").asString()).isEqualTo("20");
    }

    @Test
    void answersEveryFieldOfARecord() {
        JsonNode newest = get(OLIVIA, HISTORY).send().json().path("alertHistory").get(0);

        assertThat(newest.path("alertType").asString()).isEqualTo("LOW_BALANCE");
        assertThat(newest.path("alertDescription").asString()).isEqualTo("Available balance falls below a threshold");
        assertThat(newest.path("alertMessage").asString())
                .isEqualTo("Your available balance on card ending 4821 is below AUD 100.00.");
        assertThat(newest.path("deliveryChannel").asString()).isEqualTo("SMS");
        assertThat(newest.path("deliveryStatus").asString()).isEqualTo("DELIVERED");
        assertThat(newest.path("alertDateTime").asString()).isEqualTo("2026-11-27T21:14:03Z");
        assertThat(newest.path("accountId").asString()).isEqualTo(OLIVIA_CARD);
        assertThat(newest.path("displayAccountNumber").asString()).isEqualTo("XXXX-XXXX-XXXX-4821");
    }

    @Test
    void leavesOutTheAccountOfACustomerLevelAlert() {
        JsonNode profileChange = get(OLIVIA, HISTORY).send().json().path("alertHistory").get(2);

        assertThat(profileChange.path("alertReferenceId").asString()).isEqualTo("ALR-20261121-001002");
        assertThat(profileChange.has("accountId")).isFalse();
        assertThat(profileChange.has("displayAccountNumber")).isFalse();
    }

    @Test
    void answersTheSecondPageFromTheNextStartIndex() {
        ApiResponse response = get(OLIVIA, HISTORY).query("nextStartIndex=20").send();

        JsonNode records = response.json().path("alertHistory");
        assertThat(records.size()).isEqualTo(20);
        assertThat(records.get(0).path("alertReferenceId").asString()).isEqualTo("ALR-20260928-001020");
        assertThat(records.get(19).path("alertReferenceId").asString()).isEqualTo("ALR-20260802-001039");
        assertThat(response.json().path("nextStartIndex").asString()).isEqualTo("40");
    }

    @Test
    void answersTheLastPageWithoutANextStartIndex() {
        ApiResponse response = get(OLIVIA, HISTORY).query("nextStartIndex=40").send();

        assertThat(values(response.json().path("alertHistory"), "alertReferenceId")).containsExactly(
                "ALR-20260730-001040", "ALR-20260727-001041", "ALR-20260724-001042", "ALR-20260721-001043",
                "ALR-20260718-001044");
        assertThat(response.json().has("nextStartIndex")).isFalse();
    }

    @Test
    void walksThePagesOfTwentyTwentyAndFive() {
        ApiResponse first = get(OLIVIA, HISTORY).send();
        ApiResponse second = get(OLIVIA, HISTORY).query("nextStartIndex=" + first.json().path("nextStartIndex").asString()).send();
        ApiResponse third = get(OLIVIA, HISTORY).query("nextStartIndex=" + second.json().path("nextStartIndex").asString()).send();

        assertThat(first.json().path("alertHistory").size()).isEqualTo(20);
        assertThat(second.json().path("alertHistory").size()).isEqualTo(20);
        assertThat(third.json().path("alertHistory").size()).isEqualTo(5);
        assertThat(third.json().path("alertHistory").get(4).path("alertReferenceId").asString())
                .isEqualTo("ALR-20260718-001044");
        assertThat(third.json().has("nextStartIndex")).isFalse();
    }

    @Test
    void answersTheWholeHistoryInOnePageOfFifty() {
        ApiResponse response = get(OLIVIA, HISTORY).query("requestSize=50").send();

        assertThat(response.json().path("alertHistory").size()).isEqualTo(45);
        assertThat(response.json().has("nextStartIndex")).isFalse();
    }

    @Test
    void pagesBySmallerRequestSizes() {
        ApiResponse response = get(OLIVIA, HISTORY).query("requestSize=2&nextStartIndex=2").send();

        assertThat(values(response.json().path("alertHistory"), "alertReferenceId"))
                .containsExactly("ALR-20261121-001002", "ALR-20261118-001003");
        assertThat(response.json().path("nextStartIndex").asString()).isEqualTo("4");
    }

    @ParameterizedTest
    @ValueSource(strings = {"45", "1000"})
    void answersAnEmptyPageForANextStartIndexBeyondTheEnd(String nextStartIndex) {
        ApiResponse response = get(OLIVIA, HISTORY).query("nextStartIndex=" + nextStartIndex).send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("alertHistory").size()).isZero();
        assertThat(response.json().has("nextStartIndex")).isFalse();
    }

    @Test
    void readsTheDatesAsDaysInSydney() {
        // ALR-20261031-001009 was sent on 31 October in UTC, which is 1 November in Sydney.
        ApiResponse response = get(OLIVIA, HISTORY).query("alertFromDate=2026-11-01&alertToDate=2026-11-30").send();

        JsonNode records = response.json().path("alertHistory");
        assertThat(records.size()).isEqualTo(10);
        assertThat(records.get(0).path("alertReferenceId").asString()).isEqualTo("ALR-20261127-001000");
        assertThat(records.get(9).path("alertReferenceId").asString()).isEqualTo("ALR-20261031-001009");
    }

    @Test
    void includesBothTheFromAndTheToDay() {
        // Sent 2026-07-18T18:42:03Z, which is 19 July 04:42 in Sydney.
        ApiResponse response = get(OLIVIA, HISTORY).query("alertFromDate=2026-07-19&alertToDate=2026-07-19").send();

        assertThat(values(response.json().path("alertHistory"), "alertReferenceId"))
                .containsExactly("ALR-20260718-001044");
    }

    @Test
    void filtersFromADateOnly() {
        ApiResponse response = get(OLIVIA, HISTORY).query("alertFromDate=2026-11-25").send();

        assertThat(values(response.json().path("alertHistory"), "alertReferenceId"))
                .containsExactly("ALR-20261127-001000", "ALR-20261124-001001");
    }

    @Test
    void filtersToADateOnly() {
        // ALR-20260721-001043 was sent on 21 July in UTC but 22 July in Sydney, so it is left out.
        ApiResponse response = get(OLIVIA, HISTORY).query("alertToDate=2026-07-21").send();

        assertThat(values(response.json().path("alertHistory"), "alertReferenceId"))
                .containsExactly("ALR-20260718-001044");
    }

    @Test
    void filtersByAlertType() {
        ApiResponse response = get(OLIVIA, HISTORY).query("alertType=LOW_BALANCE").send();

        JsonNode records = response.json().path("alertHistory");
        assertThat(records.size()).isEqualTo(15);
        assertThat(values(records, "alertType")).containsOnly("LOW_BALANCE");
        assertThat(response.json().has("nextStartIndex")).isFalse();
    }

    @Test
    void filtersByTheCustomersCardAccountAndPagesTheResult() {
        ApiResponse first = get(OLIVIA, HISTORY).query("accountId=" + OLIVIA_CARD).send();
        ApiResponse second = get(OLIVIA, HISTORY).query("accountId=" + OLIVIA_CARD + "&nextStartIndex=20").send();

        assertThat(values(first.json().path("alertHistory"), "alertType")).doesNotContain("PROFILE_CHANGE");
        assertThat(first.json().path("nextStartIndex").asString()).isEqualTo("20");
        assertThat(second.json().path("alertHistory").size()).isEqualTo(10);
        assertThat(second.json().has("nextStartIndex")).isFalse();
    }

    @Test
    void combinesTypeAndDateFilters() {
        ApiResponse response = get(OLIVIA, HISTORY)
                .query("alertType=PAYMENT_DUE&alertFromDate=2026-11-01&alertToDate=2026-11-30").send();

        assertThat(values(response.json().path("alertHistory"), "alertReferenceId"))
                .containsExactly("ALR-20261124-001001", "ALR-20261115-001004", "ALR-20261106-001007");
    }

    @Test
    void answersOnlyTheSignedInCustomersHistory() {
        ApiResponse response = get(LIAM, HISTORY).send();

        JsonNode records = response.json().path("alertHistory");
        assertThat(records.size()).isEqualTo(5);
        assertThat(records.get(0).path("alertReferenceId").asString()).isEqualTo("ALR-20261125-002000");
        assertThat(records.get(4).path("alertReferenceId").asString()).isEqualTo("ALR-20261016-002004");
        assertThat(response.json().has("nextStartIndex")).isFalse();
    }

    @Test
    void answersAnEmptyHistoryWith200() {
        ApiResponse response = get(CHARLOTTE, HISTORY).send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("alertHistory").isArray()).isTrue();
        assertThat(response.json().path("alertHistory").size()).isZero();
        assertThat(response.json().has("nextStartIndex")).isFalse();
    }

    @Test
    void rejectsAFromDateAfterTheToDate() {
        ApiResponse response = get(OLIVIA, HISTORY).query("alertFromDate=2026-11-02&alertToDate=2026-11-01").send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("invalidRequest");
        assertThat(response.errorLocation()).isEqualTo("alertFromDate");
    }

    @Test
    void rejectsAnotherCustomersCardAccountAsNotFound() {
        ApiResponse response = get(OLIVIA, HISTORY).query("accountId=" + LIAM_CARD).send();

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.errorCode()).isEqualTo("resourceNotFound");
        assertThat(response.errorLocation()).isEqualTo("accountId");
    }

    @Test
    void rejectsAnUnknownCardAccountAsNotFound() {
        ApiResponse response = get(OLIVIA, HISTORY).query("accountId=" + UNKNOWN_CARD).send();

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.errorLocation()).isEqualTo("accountId");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "51"})
    void rejectsARequestSizeOutsideOneToFifty(String requestSize) {
        ApiResponse response = get(OLIVIA, HISTORY).query("requestSize=" + requestSize).send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorLocation()).isEqualTo("requestSize");
    }

    @Test
    void rejectsANextStartIndexThatIsNotADecimalNumber() {
        ApiResponse response = get(OLIVIA, HISTORY).query("nextStartIndex=-1").send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorLocation()).isEqualTo("nextStartIndex");
    }

    @Test
    void rejectsADateThatIsNotADate() {
        ApiResponse response = get(OLIVIA, HISTORY).query("alertFromDate=2026-02-30").send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorLocation()).isEqualTo("alertFromDate");
    }
}
