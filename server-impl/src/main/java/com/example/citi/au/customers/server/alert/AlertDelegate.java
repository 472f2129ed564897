package com.example.citi.au.customers.server.alert;

import com.example.citi.au.customers.server.generated.api.CustomerAlertsApiDelegate;
import com.example.citi.au.customers.server.generated.model.AlertHistoryResponse;
import com.example.citi.au.customers.server.generated.model.AlertProfileAndSubscriptionsRequest;
import com.example.citi.au.customers.server.generated.model.AlertProfileAndSubscriptionsResponse;
import com.example.citi.au.customers.server.generated.model.CustomerAlertsResponse;
import com.example.citi.au.customers.server.generated.model.EnrollmentStatus;
import com.example.citi.au.customers.server.security.CurrentCaller;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

@Service
final class AlertDelegate implements CustomerAlertsApiDelegate {

    private final CurrentCaller currentCaller;
    private final AlertService alerts;
    private final AlertHistoryService history;
    private final AlertSettingsService settings;

    AlertDelegate(CurrentCaller currentCaller, AlertService alerts, AlertHistoryService history,
                  AlertSettingsService settings) {
        this.currentCaller = currentCaller;
        this.alerts = alerts;
        this.history = history;
        this.settings = settings;
    }

    @Override
    public ResponseEntity<CustomerAlertsResponse> retrieveCustomerAlerts(String authorization, UUID uuid,
            String accept, String clientId, String clientDetails, EnrollmentStatus alertStatus, String alertType,
            String accountId) {
        CustomerAlerts found = alerts.alerts(currentCaller.customerId(),
                AlertMapper.filter(alertStatus, alertType, accountId));
        return ResponseEntity.ok(AlertMapper.toResponse(found));
    }

    @Override
    public ResponseEntity<AlertHistoryResponse> retrieveCustomerAlertHistory(String authorization, UUID uuid,
            String accept, String clientId, String clientDetails, LocalDate alertFromDate, LocalDate alertToDate,
            String alertType, String accountId, String nextStartIndex, Integer requestSize) {
        HistoryPage page = history.page(currentCaller.customerId(), AlertMapper.historyQuery(
                alertFromDate, alertToDate, alertType, accountId, nextStartIndex, requestSize));
        return ResponseEntity.ok(AlertMapper.toResponse(page));
    }

    @Override
    public ResponseEntity<AlertProfileAndSubscriptionsResponse> manageAlertProfileAndSubscriptions(
            String authorization, UUID uuid, String accept, String clientId, String contentType,
            AlertProfileAndSubscriptionsRequest request, String clientDetails,
            String idempotencyKey) {
        AlertSettings changed = settings.change(currentCaller.customerId(), AlertMapper.settingsChange(request));
        return ResponseEntity.ok(AlertMapper.toResponse(changed));
    }
}
