package com.example.citi.au.customers.client;

import com.example.citi.au.customers.client.generated.api.CustomerAlertsApi;
import com.example.citi.au.customers.client.generated.model.AlertHistoryResponse;
import com.example.citi.au.customers.client.generated.model.AlertProfileAndSubscriptionsRequest;
import com.example.citi.au.customers.client.generated.model.AlertProfileAndSubscriptionsResponse;
import com.example.citi.au.customers.client.generated.model.CustomerAlertsResponse;
import com.example.citi.au.customers.client.generated.model.EnrollmentStatus;
import java.time.LocalDate;

/** The operations of the spec's "Customer Alerts" tag; errors surface as {@link CustomersApiException}. */
public final class CustomerAlertOperations {

    private final CustomerAlertsApi api;
    private final GeneratedCalls calls;

    CustomerAlertOperations(CustomerAlertsApi api, GeneratedCalls calls) {
        this.api = api;
        this.calls = calls;
    }

    public CustomerAlertsResponse retrieveCustomerAlerts(EnrollmentStatus alertStatus, String alertType,
            String accountId) {
        return calls.call(() -> api.retrieveCustomerAlerts(alertStatus, alertType, accountId));
    }

    public AlertHistoryResponse retrieveCustomerAlertHistory(LocalDate alertFromDate, LocalDate alertToDate,
            String alertType, String accountId, String nextStartIndex, Integer requestSize) {
        return calls.call(() -> api.retrieveCustomerAlertHistory(
                alertFromDate, alertToDate, alertType, accountId, nextStartIndex, requestSize));
    }

    public AlertProfileAndSubscriptionsResponse manageAlertProfileAndSubscriptions(
            AlertProfileAndSubscriptionsRequest request) {
        return calls.call(() -> api.manageAlertProfileAndSubscriptions(request));
    }
}
