package com.example.citi.au.customers.server.contact.phone;

import com.example.citi.au.customers.server.domain.CustomerId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
class PhoneRepository {

    private final JdbcClient jdbc;

    PhoneRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CustomerPhone> findAll(CustomerId customer) {
        return jdbc.sql("""
                        select phone_key, phone_type, phone_country_code, area_code, phone_number, phone_extension,
                               preferred
                        from customer_phone
                        where customer_id = :customer
                        order by phone_key
                        """)
                .param("customer", customer.value())
                .query((rs, row) -> new CustomerPhone(rs.getLong("phone_key"), rs.getString("phone_type"),
                        rs.getString("phone_country_code"), rs.getString("area_code"), rs.getString("phone_number"),
                        rs.getString("phone_extension"), rs.getBoolean("preferred")))
                .list();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void save(CustomerId customer, CustomerPhone phone) {
        if (phone.isStored()) {
            update(customer, phone);
        } else {
            insert(customer, phone);
        }
    }

    private void update(CustomerId customer, CustomerPhone phone) {
        bind(jdbc.sql("""
                        update customer_phone
                        set phone_type = :type, phone_country_code = :countryCode, area_code = :areaCode,
                            phone_number = :number, phone_extension = :extension, preferred = :preferred
                        where phone_key = :key and customer_id = :customer
                        """), customer, phone)
                .param("key", phone.key())
                .update();
    }

    private void insert(CustomerId customer, CustomerPhone phone) {
        bind(jdbc.sql("""
                        insert into customer_phone (customer_id, phone_type, phone_country_code, area_code,
                                                    phone_number, phone_extension, preferred)
                        values (:customer, :type, :countryCode, :areaCode, :number, :extension, :preferred)
                        """), customer, phone)
                .update();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, CustomerId customer,
                                                 CustomerPhone phone) {
        return statement
                .param("customer", customer.value())
                .param("type", phone.type())
                .param("countryCode", phone.countryCode())
                .param("areaCode", phone.areaCode())
                .param("number", phone.number())
                .param("extension", phone.extension())
                .param("preferred", phone.preferred());
    }
}
