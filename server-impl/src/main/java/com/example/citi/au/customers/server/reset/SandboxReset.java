package com.example.citi.au.customers.server.reset;

import com.example.citi.au.customers.server.domain.CustomerId;
import com.example.citi.au.customers.server.domain.ResourceNotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts one sandbox customer's data back as the migrations seed it. Only a sandbox that issues its
 * own tokens has seed data to go back to; pointed at an external issuer, the reset is not found.
 */
@Service
class SandboxReset {

    private final ObjectProvider<SeedDatabase> seed;
    private final CustomerRows rows;
    private final Clock clock;

    SandboxReset(ObjectProvider<SeedDatabase> seed, CustomerRows rows, Clock clock) {
        this.seed = seed;
        this.rows = rows;
        this.clock = clock;
    }

    /** One transaction: the customer's data is replaced whole, or not at all. */
    @Transactional
    Instant reset(CustomerId customer) {
        SeedDatabase seedDatabase = seed.getIfAvailable();
        if (seedDatabase == null) {
            throw new ResourceNotFoundException(null);
        }
        rows.replace(customer, seeded(seedDatabase, customer));
        return clock.instant();
    }

    private static SeededCustomer seeded(SeedDatabase seedDatabase, CustomerId customer) {
        List<Map<String, Object>> customerRow = rowsOf(seedDatabase, CustomerTables.CUSTOMER, customer);
        if (customerRow.isEmpty()) {
            throw new ResourceNotFoundException(null);
        }
        Map<CustomerTable, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        CustomerTables.PARENTS_FIRST.forEach(table -> tables.put(table, rowsOf(seedDatabase, table, customer)));
        return new SeededCustomer(customerRow.get(0), tables);
    }

    private static List<Map<String, Object>> rowsOf(SeedDatabase seedDatabase, CustomerTable table, CustomerId customer) {
        return seedDatabase.rows(table.name(), table.rowsOfTheCustomer(), customer);
    }
}
