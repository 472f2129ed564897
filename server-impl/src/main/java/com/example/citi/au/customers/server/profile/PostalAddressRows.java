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
        return map(rs, 1, 2);
    }

    /** The address key in keyColumn, the other nine of {@link #COLUMNS} in their order from firstColumn on. */
    static PostalAddress map(ResultSet rs, int keyColumn, int firstColumn) throws SQLException {
        int c = firstColumn;
        return new PostalAddress(rs.getLong(keyColumn), rs.getString(c), rs.getString(c + 1), rs.getString(c + 2),
                rs.getString(c + 3), rs.getString(c + 4), rs.getString(c + 5), rs.getString(c + 6), rs.getString(c + 7),
                rs.getString(c + 8));
    }
}
