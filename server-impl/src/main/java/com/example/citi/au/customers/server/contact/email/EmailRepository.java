package com.example.citi.au.customers.server.contact.email;

import com.example.citi.au.customers.server.domain.CustomerId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
class EmailRepository {

    private final JdbcClient jdbc;

    EmailRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CustomerEmail> findAll(CustomerId customer) {
        return jdbc.sql("""
                        select email_key, email_address, preferred, email_type from customer_email
                        where customer_id = :customer
                        order by email_key
                        """)
                .param("customer", customer.value())
                .query((rs, row) -> new CustomerEmail(rs.getLong("email_key"), rs.getString("email_address"),
                        rs.getBoolean("preferred"), rs.getString("email_type")))
                .list();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void save(CustomerId customer, CustomerEmail email) {
        if (email.isStored()) {
            update(customer, email);
        } else {
            insert(customer, email);
        }
    }

    private void update(CustomerId customer, CustomerEmail email) {
        jdbc.sql("""
                        update customer_email
                        set email_address = :address, preferred = :preferred, email_type = :type
                        where email_key = :key and customer_id = :customer
                        """)
                .param("address", email.address())
                .param("preferred", email.preferred())
                .param("type", email.type())
                .param("key", email.key())
                .param("customer", customer.value())
                .update();
    }

    private void insert(CustomerId customer, CustomerEmail email) {
        jdbc.sql("""
                        insert into customer_email (customer_id, email_address, preferred, email_type)
                        values (:customer, :address, :preferred, :type)
                        """)
                .param("customer", customer.value())
                .param("address", email.address())
                .param("preferred", email.preferred())
                .param("type", email.type())
                .update();
    }
}
