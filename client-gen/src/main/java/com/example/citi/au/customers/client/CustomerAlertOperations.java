package com.example.citi.au.customers.client;

import com.example.citi.au.customers.client.generated.api.CustomerAlertsApi;
import com.example.citi.au.customers.client.generated.model.AlertHistoryResponse;
import com.example.citi.au.customers.client.generated.model.AlertProfileAndSubscriptionsRequest;
import com.example.citi.au.customers.client.generated.model.AlertProfileAndSubscriptionsResponse;
import com.example.citi.au.customers.client.generated.model.CustomerAlertsResponse;
import com.example.citi.au.customers.client.generated.model.EnrollmentStatus;
import com.example.citi.au.customers.client.generated.model.AlertHistoryRecord;
import com.example.citi.au.customers.client.paging.PagedStream;
import java.time.LocalDate;
import java.util.stream.Stream;
import com.example.citi.au.customers.client.retries.IdempotencyKey;

/** The operations of the spec's "Customer Alerts" tag; errors surface as the exceptions of {@code errors}, each named for what the answer means. */
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

    /**
     * The whole alert history in the range, newest first, as one lazy stream: each page is fetched when the
     * stream reaches it, through the same token handling, retries and errors as every call.
     *
     * @param pageSize records per page, at most 50; {@code null} for the server's default
     */
    public Stream<AlertHistoryRecord> streamCustomerAlertHistory(LocalDate alertFromDate, LocalDate alertToDate,
            String alertType, String accountId, Integer pageSize) {
        return PagedStream.of(
                startIndex -> retrieveCustomerAlertHistory(alertFromDate, alertToDate, alertType, accountId, startIndex, pageSize),
                AlertHistoryResponse::getAlertHistory,
                AlertHistoryResponse::getNextStartIndex);
    }

    public AlertProfileAndSubscriptionsResponse manageAlertProfileAndSubscriptions(
            AlertProfileAndSubscriptionsRequest request) {
        return calls.call(() -> api.manageAlertProfileAndSubscriptions(request));
    }

    /** As {@link #manageAlertProfileAndSubscriptions(AlertProfileAndSubscriptionsRequest)}, with a key of your own: repeating the call with it later applies the write once. */
    public AlertProfileAndSubscriptionsResponse manageAlertProfileAndSubscriptions(AlertProfileAndSubscriptionsRequest request, IdempotencyKey key) {
        return calls.call(() -> api.manageAlertProfileAndSubscriptions(request, GeneratedCalls.keyed(key)));
    }
}
