package com.example.citi.au.customers.server.durability;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a load-test customer's state from the server's database, as the server left it. */
final class StoredCustomers {

    private final Connection connection;

    StoredCustomers(Connection connection) {
        this.connection = connection;
    }

    /** The customer's state; flows not in {@code namedFlows} are listed as unnamed. */
    CustomerState read(LoadTestCustomer customer, Set<String> namedFlows) throws SQLException {
        Map<String, FlowState> flows = new LinkedHashMap<>();
        List<FlowState> unnamed = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select f.control_flow_id, f.status, f.otp_hash is not null,
                       (select count(*) from sandbox_outbox_message m where m.control_flow_id = f.control_flow_id)
                from control_flow f where f.customer_id = ? order by f.created_at, f.control_flow_id
                """)) {
            query.setLong(1, customer.id());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    FlowState flow = new FlowState(rows.getString(2), rows.getBoolean(3), rows.getInt(4));
                    if (namedFlows.contains(rows.getString(1))) {
                        flows.put(rows.getString(1), flow);
                    } else {
                        unnamed.add(flow);
                    }
                }
            }
        }
        return new CustomerState(
                single("select email_address from customer_email where email_key = ?", customer.emailKey()),
                single("select phone_number from customer_phone where phone_key = ?", customer.phoneKey()),
                new BigDecimal(single("select threshold_amount from customer_alert where customer_id = ?"
                        + " and alert_type = 'LOW_BALANCE'", customer.id())),
                Map.copyOf(flows), List.copyOf(unnamed));
    }

    private String single(String sql, long key) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, key);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("no row for " + key + ": " + sql);
                }
                return row.getString(1);
            }
        }
    }
}
