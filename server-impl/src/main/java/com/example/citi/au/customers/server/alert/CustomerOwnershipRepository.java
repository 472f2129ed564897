package com.example.citi.au.customers.server.alert;

import com.example.citi.au.customers.server.domain.CustomerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Whether a card account, email key or phone key named in a request is the customer's own. */
@Repository
class CustomerOwnershipRepository {

    private final JdbcClient jdbc;

    CustomerOwnershipRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean ownsCardAccount(CustomerId customer, String accountId) {
        return exists("select count(*) from card_account where account_id = :key and customer_id = :customerId",
                customer, accountId);
    }

    boolean ownsEmail(CustomerId customer, long emailKey) {
        return exists("select count(*) from customer_email where email_key = :key and customer_id = :customerId",
                customer, emailKey);
    }

    boolean ownsPhone(CustomerId customer, long phoneKey) {
        return exists("select count(*) from customer_phone where phone_key = :key and customer_id = :customerId",
                customer, phoneKey);
    }

    private boolean exists(String countSql, CustomerId customer, Object key) {
        return jdbc.sql(countSql)
                .param("key", key)
                .param("customerId", customer.value())
                .query(Long.class)
                .single() > 0;
    }
}
