package com.example.citi.au.customers.server.reset;

import com.example.citi.au.customers.server.domain.CustomerId;
import com.example.citi.au.customers.server.token.SandboxIssuerCondition;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.Configuration;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * The sandbox data as the migrations seed it: an in-memory database of its own, migrated on first
 * use with the server's own Flyway configuration, so that it holds what a freshly started sandbox
 * holds, whichever database the server itself runs on. It lives until the server stops.
 */
@Component
@Conditional(SandboxIssuerCondition.class)
class SeedDatabase implements DisposableBean {

    private static final String URL =
            "jdbc:h2:mem:sandbox-seed-%s;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private final Flyway serverMigrations;
    private SingleConnectionDataSource seed;

    SeedDatabase(Flyway serverMigrations) {
        this.serverMigrations = serverMigrations;
    }

    /** The seeded rows of the table that the condition picks out for the customer, column by column. */
    synchronized List<Map<String, Object>> rows(String table, String rowsOfTheCustomer, CustomerId customer) {
        return JdbcClient.create(migrated())
                .sql("select * from " + table + " where " + rowsOfTheCustomer)
                .param("customer", customer.value())
                .query(SeedDatabase::row)
                .list();
    }

    private SingleConnectionDataSource migrated() {
        if (seed == null) {
            SingleConnectionDataSource database =
                    new SingleConnectionDataSource(URL.formatted(UUID.randomUUID()), "sa", "", true);
            Configuration migrations = serverMigrations.getConfiguration();
            Flyway.configure(migrations.getClassLoader()).configuration(migrations).dataSource(database).load().migrate();
            String schema = migrations.getDefaultSchema() != null ? migrations.getDefaultSchema()
                    : migrations.getSchemas().length > 0 ? migrations.getSchemas()[0] : null;
            if (schema != null) {
                new JdbcTemplate(database).execute((ConnectionCallback<Void>) connection -> {
                    connection.setSchema(schema);
                    return null;
                });
            }
            seed = database;
        }
        return seed;
    }

    /** A row as plain values, so that it can be written to another kind of database. */
    private static Map<String, Object> row(ResultSet rs, int rowNumber) throws SQLException {
        ResultSetMetaData columns = rs.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int column = 1; column <= columns.getColumnCount(); column++) {
            Object value = rs.getObject(column);
            if (value instanceof Clob text) {
                value = text.getSubString(1, (int) text.length());
            } else if (value instanceof Blob bytes) {
                value = bytes.getBytes(1, (int) bytes.length());
            }
            row.put(columns.getColumnLabel(column).toLowerCase(Locale.ROOT), value);
        }
        return row;
    }

    @Override
    public synchronized void destroy() {
        if (seed != null) {
            seed.destroy();
        }
    }
}
