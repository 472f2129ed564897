package com.example.citi.au.customers.server.alert;

import com.example.citi.au.customers.server.domain.CustomerId;
import com.example.citi.au.customers.server.domain.ResourceNotFoundException;
import org.springframework.stereotype.Service;

@Service
final class AlertService {

    private final AlertRepository alerts;
    private final CustomerOwnershipRepository ownership;

    AlertService(AlertRepository alerts, CustomerOwnershipRepository ownership) {
        this.alerts = alerts;
        this.ownership = ownership;
    }

    CustomerAlerts alerts(CustomerId customer, AlertFilter filter) {
        if (filter.accountId() != null && !ownership.ownsCardAccount(customer, filter.accountId())) {
            throw new ResourceNotFoundException("accountId");
        }
        AlertProfileSettings profile = alerts.findProfile(customer)
                .orElseThrow(() -> new ResourceNotFoundException(null));
        return new CustomerAlerts(profile, alerts.findAlerts(customer, filter));
    }
}
