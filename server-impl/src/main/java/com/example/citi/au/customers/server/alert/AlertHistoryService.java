package com.example.citi.au.customers.server.alert;

import com.example.citi.au.customers.server.domain.CustomerId;
import com.example.citi.au.customers.server.domain.InvalidRequestException;
import com.example.citi.au.customers.server.domain.ResourceNotFoundException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalInt;
import org.springframework.stereotype.Service;

@Service
final class AlertHistoryService {

    /** The spec's history dates are days in Sydney, whatever zone the server runs in. */
    static final ZoneId ALERT_DATES_ZONE = ZoneId.of("Australia/Sydney");

    private final AlertHistoryRepository history;
    private final CustomerOwnershipRepository ownership;

    AlertHistoryService(AlertHistoryRepository history, CustomerOwnershipRepository ownership) {
        this.history = history;
        this.ownership = ownership;
    }

    HistoryPage page(CustomerId customer, HistoryQuery query) {
        if (query.fromDate() != null && query.toDate() != null && query.fromDate().isAfter(query.toDate())) {
            throw new InvalidRequestException("alertFromDate", "alertFromDate is after alertToDate");
        }
        if (query.accountId() != null && !ownership.ownsCardAccount(customer, query.accountId())) {
            throw new ResourceNotFoundException("accountId");
        }
        // One record more than asked for tells whether another page exists.
        List<AlertHistoryEntry> found = history.find(customer, startOf(query.fromDate()),
                startOf(query.toDate() == null ? null : query.toDate().plusDays(1)),
                query.alertType(), query.accountId(), query.startIndex(), query.pageSize() + 1);
        if (found.size() > query.pageSize()) {
            return new HistoryPage(found.subList(0, query.pageSize()),
                    OptionalInt.of(query.startIndex() + query.pageSize()));
        }
        return new HistoryPage(found, OptionalInt.empty());
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ALERT_DATES_ZONE).toInstant();
    }
}
