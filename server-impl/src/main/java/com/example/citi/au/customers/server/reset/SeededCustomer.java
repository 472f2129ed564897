package com.example.citi.au.customers.server.reset;

import java.util.List;
import java.util.Map;

/** A customer's row and the rows of each customer table, as the migrations seed them. */
record SeededCustomer(Map<String, Object> customer, Map<CustomerTable, List<Map<String, Object>>> rows) {
}
