package com.example.citi.au.customers.server.profile;

import com.example.citi.au.customers.server.domain.CustomerId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.RowMapperResultSetExtractor;
import org.springframework.stereotype.Repository;

/**
 * The profile read's statements; their columns are read by position, as {@link PostalAddressRows}
 * explains. The whole profile's four statements run on one connection taken from the pool once,
 * as plain prepared statements: taking a connection and preparing through JdbcTemplate for each
 * statement cost more than the statement itself on the embedded database.
 */
@Repository
class ProfileRepository {

    /** The customer and their names, in one statement: a customer row joined to each name, or to none. */
    private static final String PARTICULARS = """
            select c.customer_type, c.customer_segment, c.partner_customer_segment, c.name_prefix, c.name_suffix,
                   n.position, n.first_name, n.middle_name, n.last_name, n.full_name, n.name_type
            from customer c left join customer_name n on n.customer_id = c.customer_id
            where c.customer_id = ? order by n.position""";
    /** The customer's addresses, all of them when the type (given twice) is null. */
    private static final String ADDRESSES = "select " + PostalAddressRows.COLUMNS + """
             from customer_address
            where customer_id = ? and (cast(? as varchar) is null or address_type = ?)
            order by address_key""";
    private static final String EMAILS = """
            select email_key, email_address, preferred, email_type
            from customer_email where customer_id = ? order by email_key""";
    private static final String PHONES = """
            select phone_key, phone_type, phone_country_code, area_code, phone_number, phone_extension, preferred
            from customer_phone where customer_id = ? order by phone_key""";

    private static final RowMapper<ContactEmail> EMAIL =
            (rs, row) -> new ContactEmail(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getString(4));
    private static final RowMapper<ContactPhone> PHONE = (rs, row) -> new ContactPhone(rs.getLong(1), rs.getString(2),
            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getBoolean(7));

    private final JdbcTemplate jdbc;

    ProfileRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The whole profile; addressType, when given, narrows the addresses to that type. */
    Optional<FullProfile> findFullProfile(CustomerId customer, String addressType) {
        return jdbc.execute((ConnectionCallback<Optional<FullProfile>>) connection -> {
            Optional<Particulars> particulars = read(connection, PARTICULARS, ProfileRepository::particulars, customer.value());
            if (particulars.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new FullProfile(particulars.get(),
                    read(connection, ADDRESSES, rows(PostalAddressRows::map), customer.value(), addressType, addressType),
                    read(connection, EMAILS, rows(EMAIL), customer.value()),
                    read(connection, PHONES, rows(PHONE), customer.value())));
        });
    }

    Optional<Particulars> findParticulars(CustomerId customer) {
        return jdbc.execute((ConnectionCallback<Optional<Particulars>>) connection ->
                read(connection, PARTICULARS, ProfileRepository::particulars, customer.value()));
    }

    List<PostalAddress> findAddresses(CustomerId customer) {
        return jdbc.execute((ConnectionCallback<List<PostalAddress>>) connection ->
                read(connection, ADDRESSES, rows(PostalAddressRows::map), customer.value(), null, null));
    }

    private static <T> T read(Connection connection, String sql, ResultSetExtractor<T> extractor, Object... parameters)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] == null) {
                    statement.setNull(i + 1, Types.VARCHAR);
                } else {
                    statement.setObject(i + 1, parameters[i]);
                }
            }
            try (ResultSet rows = statement.executeQuery()) {
                return extractor.extractData(rows);
            }
        }
    }

    private static <T> ResultSetExtractor<List<T>> rows(RowMapper<T> mapper) {
        return new RowMapperResultSetExtractor<>(mapper);
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
}
