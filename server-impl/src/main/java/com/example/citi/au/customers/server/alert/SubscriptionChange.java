package com.example.citi.au.customers.server.alert;

import java.math.BigDecimal;
import java.util.List;

/** One subscription to change; null channels, threshold or currency were left out of the request. */
record SubscriptionChange(String alertType, String accountId, SubscriptionAction action, List<AlertChannel> channels,
                          BigDecimal thresholdAmount, String currencyCode) {
}
