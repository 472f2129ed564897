package com.example.citi.au.customers.server.profile;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads a postal address from the columns customer_address and card_address share. */
public final class PostalAddressRows {

    public static final String COLUMNS = """
            address_key, address_type, address_line1, address_line2, address_line3, address_line4,
            city, state, postal_code, country_name""";

    private PostalAddressRows() {
    }

    public static PostalAddress map(ResultSet rs, int row) throws SQLException {
        return new PostalAddress(rs.getLong("address_key"), rs.getString("address_type"),
                rs.getString("address_line1"), rs.getString("address_line2"), rs.getString("address_line3"),
                rs.getString("address_line4"), rs.getString("city"), rs.getString("state"),
                rs.getString("postal_code"), rs.getString("country_name"));
    }
}
