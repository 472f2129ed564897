package com.example.citi.au.customers.server.alert;

import com.example.citi.au.customers.server.generated.model.Alert;
import com.example.citi.au.customers.server.generated.model.AlertHistoryRecord;
import com.example.citi.au.customers.server.generated.model.AlertHistoryResponse;
import com.example.citi.au.customers.server.generated.model.AlertProfile;
import com.example.citi.au.customers.server.generated.model.AlertProfileAndSubscriptionsRequest;
import com.example.citi.au.customers.server.generated.model.AlertProfileAndSubscriptionsResponse;
import com.example.citi.au.customers.server.generated.model.AlertProfileUpdate;
import com.example.citi.au.customers.server.generated.model.AlertSubscription;
import com.example.citi.au.customers.server.generated.model.AlertSubscriptionChange;
import com.example.citi.au.customers.server.generated.model.CustomerAlertsResponse;
import com.example.citi.au.customers.server.generated.model.DeliveryChannel;
import com.example.citi.au.customers.server.generated.model.EnrollmentStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.openapitools.jackson.nullable.JsonNullable;

/** Generated request and response models to and from the alert domain records. */
final class AlertMapper {

    private static final int DEFAULT_PAGE_SIZE = 20;

    private AlertMapper() {
    }

    static AlertFilter filter(EnrollmentStatus status, String alertType, String accountId) {
        return new AlertFilter(status == null ? null : Enrollment.valueOf(status.name()), alertType, accountId);
    }

    static HistoryQuery historyQuery(LocalDate fromDate, LocalDate toDate, String alertType, String accountId,
                                     String nextStartIndex, Integer requestSize) {
        return new HistoryQuery(fromDate, toDate, alertType, accountId,
                nextStartIndex == null ? 0 : Integer.parseInt(nextStartIndex),
                requestSize == null ? DEFAULT_PAGE_SIZE : requestSize);
    }

    static AlertSettingsChange settingsChange(AlertProfileAndSubscriptionsRequest request) {
        List<AlertSubscriptionChange> subscriptions =
                request.getAlertSubscriptions() == null ? List.of() : request.getAlertSubscriptions();
        return new AlertSettingsChange(
                request.getAlertProfile() == null ? null : profileChange(request.getAlertProfile()),
                subscriptions.stream().map(AlertMapper::subscriptionChange).toList());
    }

    static CustomerAlertsResponse toResponse(CustomerAlerts alerts) {
        return new CustomerAlertsResponse(toModel(alerts.profile()),
                alerts.alerts().stream().map(AlertMapper::toModel).toList());
    }

    static AlertHistoryResponse toResponse(HistoryPage page) {
        AlertHistoryResponse response = new AlertHistoryResponse(
                page.entries().stream().map(AlertMapper::toModel).toList());
        page.nextStartIndex().ifPresent(index -> response.nextStartIndex(Integer.toString(index)));
        return response;
    }

    static AlertProfileAndSubscriptionsResponse toResponse(AlertSettings settings) {
        return new AlertProfileAndSubscriptionsResponse(toModel(settings.profile()),
                settings.subscriptions().stream().map(AlertMapper::toSubscription).toList());
    }

    private static ProfileChange profileChange(AlertProfileUpdate update) {
        return new ProfileChange(
                update.getPreferredDeliveryChannel() == null ? null
                        : AlertChannel.valueOf(update.getPreferredDeliveryChannel().name()),
                keyChange(update.getEmailKey()),
                keyChange(update.getPhoneKey()),
                update.getLanguageCode() == null ? null : update.getLanguageCode().getValue(),
                update.getAlertsActiveFlag());
    }

    private static KeyChange keyChange(JsonNullable<Long> key) {
        if (key == null || !key.isPresent()) {
            return KeyChange.keep();
        }
        return key.get() == null ? KeyChange.clear() : KeyChange.to(key.get());
    }

    private static SubscriptionChange subscriptionChange(AlertSubscriptionChange change) {
        return new SubscriptionChange(
                change.getAlertType(),
                change.getAccountId(),
                SubscriptionAction.valueOf(change.getSubscriptionAction().name()),
                change.getDeliveryChannels() == null ? null : channels(change.getDeliveryChannels()),
                change.getThresholdAmount() == null ? null
                        : BigDecimal.valueOf(change.getThresholdAmount()).setScale(2, RoundingMode.HALF_UP),
                change.getCurrencyCode());
    }

    private static List<AlertChannel> channels(Collection<DeliveryChannel> channels) {
        return channels.stream().map(channel -> AlertChannel.valueOf(channel.name())).toList();
    }

    private static AlertProfile toModel(AlertProfileSettings profile) {
        return new AlertProfile(DeliveryChannel.valueOf(profile.preferredChannel().name()), profile.active())
                .emailKey(profile.emailKey())
                .phoneKey(profile.phoneKey())
                .languageCode(profile.languageCode());
    }

    private static Alert toModel(CustomerAlert alert) {
        return new Alert(alert.alertType(), alert.description(), EnrollmentStatus.valueOf(alert.enrollment().name()))
                .alertCategory(alert.category())
                .accountId(alert.accountId())
                .displayAccountNumber(alert.displayAccountNumber())
                .deliveryChannels(toModel(alert.channels()))
                .thresholdAmount(alert.thresholdAmount() == null ? null : alert.thresholdAmount().doubleValue())
                .currencyCode(alert.currencyCode());
    }

    private static AlertSubscription toSubscription(CustomerAlert alert) {
        return new AlertSubscription(alert.alertType(), EnrollmentStatus.valueOf(alert.enrollment().name()))
                .accountId(alert.accountId())
                .deliveryChannels(toModel(alert.channels()))
                .thresholdAmount(alert.thresholdAmount() == null ? null : alert.thresholdAmount().doubleValue());
    }

    private static AlertHistoryRecord toModel(AlertHistoryEntry entry) {
        return new AlertHistoryRecord(entry.referenceId(), entry.alertType(),
                DeliveryChannel.valueOf(entry.channel().name()),
                AlertHistoryRecord.DeliveryStatusEnum.valueOf(entry.deliveryStatus()),
                entry.sentAt().atOffset(ZoneOffset.UTC))
                .alertDescription(entry.description())
                .alertMessage(entry.message())
                .accountId(entry.accountId())
                .displayAccountNumber(entry.displayAccountNumber());
    }

    /** No channels are left out of the body rather than sent as an empty list. */
    private static Set<DeliveryChannel> toModel(List<AlertChannel> channels) {
        if (channels.isEmpty()) {
            return null;
        }
        Set<DeliveryChannel> models = new LinkedHashSet<>();
        channels.forEach(channel -> models.add(DeliveryChannel.valueOf(channel.name())));
        return models;
    }
}
