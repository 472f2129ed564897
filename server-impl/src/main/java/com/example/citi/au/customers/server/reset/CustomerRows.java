package com.example.citi.au.customers.server.reset;

import com.example.citi.au.customers.server.domain.CustomerId;
import com.example.citi.au.customers.server.domain.ResourceNotFoundException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** A customer's rows in the server's database. */
@Repository
class CustomerRows {

    private final JdbcClient jdbc;

    CustomerRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Replaces every row of the customer with the seeded ones. The customer row is locked first, as
     * a profile image change locks it, and then updated in place rather than deleted: every other
     * row refers to it, those of changes running alongside too.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void replace(CustomerId customer, SeededCustomer seeded) {
        if (jdbc.sql("select customer_id from customer where customer_id = :customer for update")
                .param("customer", customer.value())
                .query(Long.class)
                .optional()
                .isEmpty()) {
            throw new ResourceNotFoundException(null);
        }
        List<CustomerTable> childrenFirst = new ArrayList<>(CustomerTables.PARENTS_FIRST);
        Collections.reverse(childrenFirst);
        childrenFirst.forEach(table -> jdbc.sql("delete from " + table.name() + " where " + table.rowsOfTheCustomer())
                .param("customer", customer.value())
                .update());
        update(CustomerTables.CUSTOMER.name(), "customer_id", seeded.customer());
        CustomerTables.PARENTS_FIRST.forEach(table -> seeded.rows().get(table).forEach(row -> insert(table.name(), row)));
    }

    private void update(String table, String key, Map<String, Object> row) {
        List<String> columns = row.keySet().stream().filter(column -> !column.equals(key)).toList();
        List<Object> values = new ArrayList<>(columns.stream().map(row::get).toList());
        values.add(row.get(key));
        jdbc.sql("update " + table + " set " + String.join(" = ?, ", columns) + " = ? where " + key + " = ?")
                .params(values)
                .update();
    }

    private void insert(String table, Map<String, Object> row) {
        jdbc.sql("insert into " + table + " (" + String.join(", ", row.keySet()) + ") values ("
                        + String.join(", ", row.keySet().stream().map(column -> "?").toList()) + ")")
                .params(new ArrayList<>(row.values()))
                .update();
    }
}
