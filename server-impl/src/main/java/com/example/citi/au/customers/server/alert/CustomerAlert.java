package com.example.citi.au.customers.server.alert;

import java.math.BigDecimal;
import java.util.List;

/** An alert the customer is enrolled in or eligible for; accountId is null for customer-level alerts. */
record CustomerAlert(long alertId, String alertType, String description, String category, String accountId,
                     String displayAccountNumber, Enrollment enrollment, List<AlertChannel> channels,
                     BigDecimal thresholdAmount, String currencyCode, boolean takesThreshold) {

    CustomerAlert {
        channels = List.copyOf(channels);
    }

    boolean enrolled() {
        return enrollment == Enrollment.ENROLLED;
    }

    CustomerAlert enrol(List<AlertChannel> newChannels, BigDecimal newThreshold, String newCurrency) {
        return with(Enrollment.ENROLLED, newChannels, newThreshold, newCurrency);
    }

    CustomerAlert unenrol() {
        return with(Enrollment.ELIGIBLE, List.of(), null, null);
    }

    /** Changes only what is given: null channels, threshold or currency keep their value. */
    CustomerAlert update(List<AlertChannel> newChannels, BigDecimal newThreshold, String newCurrency) {
        return with(enrollment,
                newChannels == null ? channels : newChannels,
                newThreshold == null ? thresholdAmount : newThreshold,
                newCurrency == null ? currencyCode : newCurrency);
    }

    private CustomerAlert with(Enrollment newEnrollment, List<AlertChannel> newChannels, BigDecimal newThreshold,
                               String newCurrency) {
        return new CustomerAlert(alertId, alertType, description, category, accountId, displayAccountNumber,
                newEnrollment, newChannels, newThreshold, newCurrency, takesThreshold);
    }
}
