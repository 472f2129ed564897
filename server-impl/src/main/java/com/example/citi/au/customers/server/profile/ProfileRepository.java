package com.example.citi.au.customers.server.profile;

import com.example.citi.au.customers.server.domain.CustomerId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The profile read's statements; their columns are read by position, as {@link PostalAddressRows} explains. */
@Repository
class ProfileRepository {

    private final JdbcClient jdbc;

    ProfileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The customer and their names, in one statement: a customer row joined to each name, or to none. */
    Optional<Particulars> findParticulars(CustomerId customer) {
        return jdbc.sql("""
                        select c.customer_type, c.customer_segment, c.partner_customer_segment, c.name_prefix, c.name_suffix,
                               n.position, n.first_name, n.middle_name, n.last_name, n.full_name, n.name_type
                        from customer c left join customer_name n on n.customer_id = c.customer_id
                        where c.customer_id = :customer order by n.position""")
                .param("customer", customer.value())
                .query(ProfileRepository::particulars);
    }

    private static Optional<Particulars> particulars(ResultSet rows) throws SQLException {
        if (!rows.next()) {
            return Optional.empty();
        }
        String customerType = rows.getString(1);
        String segment = rows.getString(2);
        String partnerSegment = rows.getString(3);
        String prefix = rows.getString(4);
        String suffix = rows.getString(5);
        List<PersonName> names = new ArrayList<>();
        do {
            if (rows.getObject(6) != null) {
                names.add(new PersonName(rows.getString(7), rows.getString(8), rows.getString(9), rows.getString(10),
                        rows.getString(11)));
            }
        } while (rows.next());
        return Optional.of(new Particulars(customerType, segment, partnerSegment, prefix, suffix, names));
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
                .query((rs, row) -> new ContactEmail(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getString(4)))
                .list();
    }

    List<ContactPhone> findPhones(CustomerId customer) {
        return jdbc.sql("""
                        select phone_key, phone_type, phone_country_code, area_code, phone_number, phone_extension, preferred
                        from customer_phone where customer_id = :customer order by phone_key""")
                .param("customer", customer.value())
                .query((rs, row) -> new ContactPhone(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getBoolean(7)))
                .list();
    }
}
