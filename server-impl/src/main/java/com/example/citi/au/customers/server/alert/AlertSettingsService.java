package com.example.citi.au.customers.server.alert;

import static com.example.citi.au.customers.server.domain.BusinessRuleException.validationFailed;

import com.example.citi.au.customers.server.domain.CustomerId;
import com.example.citi.au.customers.server.domain.InvalidRequestException;
import com.example.citi.au.customers.server.domain.ResourceNotFoundException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes the alerts profile and subscriptions: the whole request, or nothing when any part is refused. */
@Service
class AlertSettingsService {

    private final AlertRepository alerts;
    private final CustomerOwnershipRepository ownership;

    AlertSettingsService(AlertRepository alerts, CustomerOwnershipRepository ownership) {
        this.alerts = alerts;
        this.ownership = ownership;
    }

    @Transactional
    public AlertSettings change(CustomerId customer, AlertSettingsChange change) {
        if (change.isEmpty()) {
            throw new InvalidRequestException("body", "Give alertProfile, alertSubscriptions or both");
        }
        AlertProfileSettings profile = alerts.findProfile(customer)
                .orElseThrow(() -> new ResourceNotFoundException(null));
        if (change.profile() != null) {
            profile = changeProfile(customer, profile, change.profile());
        }
        List<Long> named = new ArrayList<>();
        Map<Long, CustomerAlert> latest = new LinkedHashMap<>();
        for (int i = 0; i < change.subscriptions().size(); i++) {
            CustomerAlert changed = changeSubscription(customer, profile, change.subscriptions().get(i),
                    "alertSubscriptions[" + i + "]");
            named.add(changed.alertId());
            latest.put(changed.alertId(), changed);
        }
        return new AlertSettings(profile, named.stream().map(latest::get).toList());
    }

    private AlertProfileSettings changeProfile(CustomerId customer, AlertProfileSettings current, ProfileChange change) {
        if (change.emailKey().setsAKey() && !ownership.ownsEmail(customer, change.emailKey().key())) {
            throw validationFailed("The email address is not one of the customer's", "alertProfile.emailKey");
        }
        if (change.phoneKey().setsAKey() && !ownership.ownsPhone(customer, change.phoneKey().key())) {
            throw validationFailed("The phone number is not one of the customer's", "alertProfile.phoneKey");
        }
        AlertProfileSettings changed = change.applyTo(current);
        if (!changed.equals(current)) {
            alerts.saveProfile(customer, changed);
        }
        return changed;
    }

    private CustomerAlert changeSubscription(CustomerId customer, AlertProfileSettings profile,
                                             SubscriptionChange change, String location) {
        if (change.accountId() != null && !ownership.ownsCardAccount(customer, change.accountId())) {
            throw new ResourceNotFoundException(location + ".accountId");
        }
        CustomerAlert alert = alerts.findAlert(customer, change.alertType(), change.accountId())
                .orElseThrow(() -> validationFailed("The customer is not eligible for this alert",
                        location + ".alertType"));
        if (!alert.takesThreshold() && change.thresholdAmount() != null) {
            throw validationFailed("This alert does not take a threshold", location + ".thresholdAmount");
        }
        if (!alert.takesThreshold() && change.currencyCode() != null) {
            throw validationFailed("This alert does not take a threshold", location + ".currencyCode");
        }
        CustomerAlert changed = switch (change.action()) {
            case SUBSCRIBE -> alert.enrolled() ? alert : alert.enrol(
                    change.channels() == null ? List.of(profile.preferredChannel()) : change.channels(),
                    change.thresholdAmount(), change.currencyCode());
            case UNSUBSCRIBE -> alert.enrolled() ? alert.unenrol() : alert;
            case UPDATE -> {
                if (!alert.enrolled()) {
                    throw validationFailed("Only an enrolled alert can be updated", location);
                }
                yield alert.update(change.channels(), change.thresholdAmount(), change.currencyCode());
            }
        };
        if (!changed.equals(alert)) {
            alerts.saveSubscription(customer, changed);
        }
        return changed;
    }
}
