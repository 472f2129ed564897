package com.example.citi.au.customers.server.alert;

import java.time.Instant;

record AlertHistoryEntry(String referenceId, String alertType, String description, String message,
                         AlertChannel channel, String deliveryStatus, Instant sentAt, String accountId,
                         String displayAccountNumber) {
}
