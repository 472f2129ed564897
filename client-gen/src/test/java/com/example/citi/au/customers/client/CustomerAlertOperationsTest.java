package com.example.citi.au.customers.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.example.citi.au.customers.client.Spec.SpecExample;
import com.example.citi.au.customers.client.generated.model.Alert;
import com.example.citi.au.customers.client.generated.model.AlertHistoryRecord;
import com.example.citi.au.customers.client.generated.model.AlertHistoryResponse;
import com.example.citi.au.customers.client.generated.model.AlertProfile;
import com.example.citi.au.customers.client.generated.model.AlertProfileAndSubscriptionsResponse;
import com.example.citi.au.customers.client.generated.model.AlertSubscription;
import com.example.citi.au.customers.client.generated.model.CustomerAlertsResponse;
import com.example.citi.au.customers.client.generated.model.DeliveryChannel;
import com.example.citi.au.customers.client.generated.model.EnrollmentStatus;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CustomerAlertOperationsTest extends WireMockClientTest {

    @Test
    void mapsTheAlertsProfileAndAlerts() {
        SpecExample example = stubSuccess("retrieveCustomerAlerts");

        CustomerAlertsResponse alerts = client.customerAlerts().retrieveCustomerAlerts(null, null, null);

        assertThat(onlyRequest().getQueryParams()).isEmpty();
        AlertProfile profile = alerts.getAlertProfile();
        assertThat(profile.getPreferredDeliveryChannel()).isEqualTo(DeliveryChannel.SMS);
        assertThat(profile.getPhoneKey()).isEqualTo(3001L);
        assertThat(profile.getEmailKey()).isEqualTo(2001L);
        assertThat(profile.getLanguageCode()).isEqualTo("en");
        assertThat(profile.getAlertsActiveFlag()).isTrue();
        Alert lowBalance = alerts.getAlerts().get(0);
        assertThat(lowBalance.getAlertType()).isEqualTo("LOW_BALANCE");
        assertThat(lowBalance.getAlertDescription()).isEqualTo("Available balance falls below a threshold");
        assertThat(lowBalance.getAlertCategory()).isEqualTo("ACCOUNT");
        assertThat(lowBalance.getEnrollmentStatus()).isEqualTo(EnrollmentStatus.ENROLLED);
        assertThat(lowBalance.getAccountId()).isEqualTo(Requests.ACCOUNT_ID);
        assertThat(lowBalance.getDisplayAccountNumber()).isEqualTo("XXXX-XXXX-XXXX-4821");
        assertThat(lowBalance.getDeliveryChannels()).containsExactly(DeliveryChannel.SMS, DeliveryChannel.EMAIL);
        assertThat(lowBalance.getThresholdAmount()).isEqualTo(100.00);
        assertThat(lowBalance.getCurrencyCode()).isEqualTo("AUD");
        Alert profileChange = alerts.getAlerts().get(1);
        assertThat(profileChange.getEnrollmentStatus()).isEqualTo(EnrollmentStatus.ELIGIBLE);
        assertThat(profileChange.getAccountId()).isNull();
        assertThat(profileChange.getDeliveryChannels()).containsExactly(DeliveryChannel.EMAIL);
        assertMapsEveryField(alerts, example);
    }

    @Test
    void sendsTheHistoryFiltersAsQueryParametersAndMapsOnePage() {
        SpecExample example = stubSuccess("retrieveCustomerAlertHistory");

        AlertHistoryResponse history = client.customerAlerts().retrieveCustomerAlertHistory(
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), null, Requests.ACCOUNT_ID, "20", 2);

        LoggedRequest sent = onlyRequest();
        assertThat(sent.queryParameter("alertFromDate").firstValue()).isEqualTo("2026-11-01");
        assertThat(sent.queryParameter("alertToDate").firstValue()).isEqualTo("2026-11-30");
        assertThat(sent.queryParameter("accountId").firstValue()).isEqualTo(Requests.ACCOUNT_ID);
        assertThat(sent.queryParameter("nextStartIndex").firstValue()).isEqualTo("20");
        assertThat(sent.queryParameter("requestSize").firstValue()).isEqualTo("2");
        assertThat(sent.queryParameter("alertType").isPresent()).isFalse();
        assertThat(history.getNextStartIndex()).isEqualTo("2");
        assertThat(history.getAlertHistory())
                .extracting(AlertHistoryRecord::getAlertReferenceId, AlertHistoryRecord::getAlertType,
                        AlertHistoryRecord::getDeliveryChannel, AlertHistoryRecord::getDeliveryStatus,
                        AlertHistoryRecord::getAlertDateTime)
                .containsExactly(
                        tuple("ALR-20261127-000187", "LOW_BALANCE", DeliveryChannel.SMS,
                                AlertHistoryRecord.DeliveryStatusEnum.DELIVERED, OffsetDateTime.parse("2026-11-27T21:14:03Z")),
                        tuple("ALR-20261120-000131", "PROFILE_CHANGE", DeliveryChannel.EMAIL,
                                AlertHistoryRecord.DeliveryStatusEnum.DELIVERED, OffsetDateTime.parse("2026-11-20T08:02:45Z")));
        AlertHistoryRecord first = history.getAlertHistory().get(0);
        assertThat(first.getAlertDescription()).isEqualTo("Available balance falls below a threshold");
        assertThat(first.getAlertMessage()).isEqualTo("Your available balance on card ending 4821 is below AUD 100.00.");
        assertThat(first.getAccountId()).isEqualTo(Requests.ACCOUNT_ID);
        assertThat(first.getDisplayAccountNumber()).isEqualTo("XXXX-XXXX-XXXX-4821");
        assertMapsEveryField(history, example);
    }

    @Test
    void sendsTheProfileAndSubscriptionChangesAndMapsTheResult() {
        SpecExample example = stubSuccess("manageAlertProfileAndSubscriptions");

        AlertProfileAndSubscriptionsResponse result =
                client.customerAlerts().manageAlertProfileAndSubscriptions(Requests.emailAndSubscribe());

        assertSentBodyIs(Spec.get().operation("manageAlertProfileAndSubscriptions").requestExample("emailAndSubscribe"));
        AlertProfile profile = result.getAlertProfile();
        assertThat(profile.getPreferredDeliveryChannel()).isEqualTo(DeliveryChannel.EMAIL);
        assertThat(profile.getPhoneKey()).isEqualTo(3001L);
        assertThat(profile.getEmailKey()).isEqualTo(2001L);
        assertThat(profile.getLanguageCode()).isEqualTo("en");
        assertThat(profile.getAlertsActiveFlag()).isTrue();
        assertThat(result.getAlertSubscriptions())
                .extracting(AlertSubscription::getAlertType, AlertSubscription::getSubscriptionStatus,
                        AlertSubscription::getDeliveryChannels, AlertSubscription::getAccountId,
                        AlertSubscription::getThresholdAmount)
                .containsExactly(tuple("PROFILE_CHANGE", EnrollmentStatus.ENROLLED,
                        Set.of(DeliveryChannel.EMAIL), null, null));
        assertMapsEveryField(result, example);
    }
}
