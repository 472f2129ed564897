package com.example.citi.au.customers.server.alert;

import java.time.LocalDate;

/** One page of alert history to read; null dates, type or account do not filter. */
record HistoryQuery(LocalDate fromDate, LocalDate toDate, String alertType, String accountId, int startIndex,
                    int pageSize) {
}
