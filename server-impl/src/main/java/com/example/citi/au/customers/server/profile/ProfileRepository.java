package com.example.citi.au.customers.server.profile;

import com.example.citi.au.customers.server.domain.CustomerId;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ProfileRepository {

    private final JdbcClient jdbc;

    ProfileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Particulars> findParticulars(CustomerId customer) {
        List<PersonName> names = jdbc.sql("""
                        select first_name, middle_name, last_name, full_name, name_type
                        from customer_name where customer_id = :customer order by position""")
                .param("customer", customer.value())
                .query((rs, row) -> new PersonName(rs.getString("first_name"), rs.getString("middle_name"),
                        rs.getString("last_name"), rs.getString("full_name"), rs.getString("name_type")))
                .list();
        return jdbc.sql("""
                        select customer_type, customer_segment, partner_customer_segment, name_prefix, name_suffix
                        from customer where customer_id = :customer""")
                .param("customer", customer.value())
                .query((rs, row) -> new Particulars(rs.getString("customer_type"), rs.getString("customer_segment"),
                        rs.getString("partner_customer_segment"), rs.getString("name_prefix"),
                        rs.getString("name_suffix"), names))
                .optional();
    }

    /** The customer's addresses, all of them when addressType is null. */
    List<PostalAddress> findAddresses(CustomerId customer, String addressType) {
        return jdbc.sql("select " + PostalAddressRows.COLUMNS + """
                         from customer_address
                        where customer_id = :customer and (cast(:type as varchar) is null or address_type = :type)
                        order by address_key""")
                .param("customer", customer.value())
                .param("type", addressType)
                .query(PostalAddressRows::map)
                .list();
    }

    List<ContactEmail> findEmails(CustomerId customer) {
        return jdbc.sql("""
                        select email_key, email_address, preferred, email_type
                        from customer_email where customer_id = :customer order by email_key""")
                .param("customer", customer.value())
                .query((rs, row) -> new ContactEmail(rs.getLong("email_key"), rs.getString("email_address"),
                        rs.getBoolean("preferred"), rs.getString("email_type")))
                .list();
    }

    List<ContactPhone> findPhones(CustomerId customer) {
        return jdbc.sql("""
                        select phone_key, phone_type, phone_country_code, area_code, phone_number, phone_extension, preferred
                        from customer_phone where customer_id = :customer order by phone_key""")
                .param("customer", customer.value())
                .query((rs, row) -> new ContactPhone(rs.getLong("phone_key"), rs.getString("phone_type"),
                        rs.getString("phone_country_code"), rs.getString("area_code"), rs.getString("phone_number"),
                        rs.getString("phone_extension"), rs.getBoolean("preferred")))
                .list();
    }
}
