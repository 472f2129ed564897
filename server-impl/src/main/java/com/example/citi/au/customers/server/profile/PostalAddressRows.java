package com.example.citi.au.customers.server.profile;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads a postal address from the columns customer_address and card_address share, selected
 * as {@link #COLUMNS} lists them. Read by position: H2 looks a column label up by upper-casing
 * it and building a map of the result's labels for every statement, a sixth of a profile
 * read's database time.
 */
public final class PostalAddressRows {

    public static final String COLUMNS = """
            address_key, address_type, address_line1, address_line2, address_line3, address_line4,
            city, state, postal_code, country_name""";

    private PostalAddressRows() {
    }

    public static PostalAddress map(ResultSet rs, int row) throws SQLException {
        return new PostalAddress(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10));
    }
}
