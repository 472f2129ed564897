package com.example.citi.au.customers.server.durability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Customers for a load test, added by a migration of the test's own that the server runs with its
 * own at first start (the sandbox's default data never holds them).
 */
final class LoadTestCustomers {

    private final List<LoadTestCustomer> customers;
    private final ThrowawayFolder migrations = new ThrowawayFolder("customers-load-test-migration");

    LoadTestCustomers(int count) {
        this.customers = IntStream.rangeClosed(1, count).mapToObj(LoadTestCustomer::number).toList();
        String sql = customers.stream().map(LoadTestCustomer::insertStatements).collect(Collectors.joining());
        try {
            Files.writeString(migrations.path().resolve("V1000__load_test_customers.sql"), sql);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<LoadTestCustomer> all() {
        return customers;
    }

    /** The server argument that adds them: the server's own migrations, then this folder's. */
    String serverArgument() {
        return "--spring.flyway.locations=classpath:db/migration,filesystem:" + migrations.path();
    }

    void delete() {
        migrations.close();
    }
}
