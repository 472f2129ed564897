package com.example.citi.au.customers.server.alert;

import java.util.List;
import java.util.OptionalInt;

/** A page of history, and where the next one starts when more records exist. */
record HistoryPage(List<AlertHistoryEntry> entries, OptionalInt nextStartIndex) {
}
