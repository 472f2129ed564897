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
import org.springframework.jdbc.core.RowMapperResultSetExtractor;
import org.springframework.stereotype.Repository;

/**
 * The profile reads' statements; their columns are read by position, as {@link PostalAddressRows}
 * explains, on a connection taken from the pool once and as plain prepared statements: taking a
 * connection and preparing through JdbcTemplate cost more than the statement itself on the
 * embedded database.
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
    /**
     * The whole profile in one statement, one row per part, every part's values in the same columns:
     * the part, its key (a name's position, or an address, email or phone key), preferred, then up
     * to ten texts. The customer comes once with each name, or once without one. One statement
     * instead of four reads the profile from one snapshot and pays H2's per-statement bookkeeping
     * (a transaction, the statement's dependencies and maps) once; a union only at the top would
     * not be kept in H2's statement cache, a select from one is.
     */
    private static final String FULL_PROFILE = """
            select * from (
                select 1 as part, n.position as part_key, cast(null as boolean) as preferred,
                       c.customer_type, c.customer_segment, c.partner_customer_segment, c.name_prefix, c.name_suffix,
                       n.first_name, n.middle_name, n.last_name, n.full_name, n.name_type
                from customer c left join customer_name n on n.customer_id = c.customer_id
                where c.customer_id = ?
                union all
                select 2, address_key, null, address_type, address_line1, address_line2, address_line3, address_line4,
                       city, state, postal_code, country_name, null
                from customer_address
                where customer_id = ? and (cast(? as varchar) is null or address_type = ?)
                union all
                select 3, email_key, preferred, email_address, email_type, null, null, null, null, null, null, null, null
                from customer_email where customer_id = ?
                union all
                select 4, phone_key, preferred, phone_type, phone_country_code, area_code, phone_number, phone_extension,
                       null, null, null, null, null
                from customer_phone where customer_id = ?
            ) profile
            order by part, part_key""";
    private static final int CUSTOMER = 1;
    private static final int ADDRESS = 2;
    private static final int EMAIL = 3;
    private static final int PHONE = 4;

    private final JdbcTemplate jdbc;

    ProfileRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The whole profile; addressType, when given, narrows the addresses to that type. */
    Optional<FullProfile> findFullProfile(CustomerId customer, String addressType) {
        long id = customer.value();
        return jdbc.execute((ConnectionCallback<Optional<FullProfile>>) connection ->
                read(connection, FULL_PROFILE, ProfileRepository::fullProfile, id, id, addressType, addressType, id, id));
    }

    Optional<Particulars> findParticulars(CustomerId customer) {
        return jdbc.execute((ConnectionCallback<Optional<Particulars>>) connection ->
                read(connection, PARTICULARS, ProfileRepository::particulars, customer.value()));
    }

    List<PostalAddress> findAddresses(CustomerId customer) {
        return jdbc.execute((ConnectionCallback<List<PostalAddress>>) connection ->
                read(connection, ADDRESSES, new RowMapperResultSetExtractor<>(PostalAddressRows::map),
                        customer.value(), null, null));
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

    private static Optional<Particulars> particulars(ResultSet rows) throws SQLException {
        if (!rows.next()) {
            return Optional.empty();
        }
        List<PersonName> names = new ArrayList<>();
        Particulars particulars = customer(rows, 1, names);
        do {
            addName(rows, 6, 7, names);
        } while (rows.next());
        return Optional.of(particulars);
    }

    private static Optional<FullProfile> fullProfile(ResultSet rows) throws SQLException {
        Particulars particulars = null;
        List<PersonName> names = new ArrayList<>();
        List<PostalAddress> addresses = new ArrayList<>();
        List<ContactEmail> emails = new ArrayList<>();
        List<ContactPhone> phones = new ArrayList<>();
        while (rows.next()) {
            switch (rows.getInt(1)) {
                case CUSTOMER -> {
                    particulars = particulars == null ? customer(rows, 4, names) : particulars;
                    addName(rows, 2, 9, names);
                }
                case ADDRESS -> addresses.add(PostalAddressRows.map(rows, 2, 4));
                case EMAIL -> emails.add(new ContactEmail(rows.getLong(2), rows.getString(4), rows.getBoolean(3),
                        rows.getString(5)));
                case PHONE -> phones.add(new ContactPhone(rows.getLong(2), rows.getString(4), rows.getString(5),
                        rows.getString(6), rows.getString(7), rows.getString(8), rows.getBoolean(3)));
                default -> throw new IllegalStateException("unknown profile part " + rows.getInt(1));
            }
        }
        return particulars == null
                ? Optional.empty()
                : Optional.of(new FullProfile(particulars, addresses, emails, phones));
    }

    /** The customer's five columns from firstColumn on; names is filled in as the rows are read. */
    private static Particulars customer(ResultSet rows, int firstColumn, List<PersonName> names) throws SQLException {
        return new Particulars(rows.getString(firstColumn), rows.getString(firstColumn + 1),
                rows.getString(firstColumn + 2), rows.getString(firstColumn + 3), rows.getString(firstColumn + 4),
                names);
    }

    /** The row's name, if the customer joined one: its position in positionColumn, its five columns from first on. */
    private static void addName(ResultSet rows, int positionColumn, int first, List<PersonName> names)
            throws SQLException {
        if (rows.getObject(positionColumn) != null) {
            names.add(new PersonName(rows.getString(first), rows.getString(first + 1), rows.getString(first + 2),
                    rows.getString(first + 3), rows.getString(first + 4)));
        }
    }
}
