package com.example.citi.au.customers.server.reset;

/**
 * A table holding a sandbox customer's rows, and the condition that picks them out, with the
 * customer's id as its one {@code :customer} parameter.
 */
record CustomerTable(String name, String rowsOfTheCustomer) {

    static CustomerTable byCustomerId(String name) {
        return new CustomerTable(name, "customer_id = :customer");
    }
}
