package com.example.citi.au.customers.server.negative;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * A cheap fingerprint of every table of the store (but Flyway's history and the rate limits'
 * counters): its row count and an order-independent hash over its rows, so "nothing changed" is
 * one comparison. A refused request may count towards a limit, by design: an image upload counts
 * whatever its content, and a refused password send takes and gives back the customer's quota.
 */
final class StoreSnapshot {

    private static final List<String> NOT_STORED_DATA =
            List.of("flyway_schema_history", "rate_limit_bucket", "client_authentication_failure");

    private final DataSource dataSource;
    private final List<String> tables;

    private StoreSnapshot(DataSource dataSource, List<String> tables) {
        this.dataSource = dataSource;
        this.tables = tables;
    }

    static StoreSnapshot of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
             ResultSet rows = connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            List<String> tables = new ArrayList<>();
            while (rows.next()) {
                String table = rows.getString("TABLE_NAME");
                if (!NOT_STORED_DATA.contains(table.toLowerCase(java.util.Locale.ROOT))) {
                    tables.add(table);
                }
            }
            if (tables.isEmpty()) {
                throw new IllegalStateException("no tables found in schema " + connection.getSchema());
            }
            return new StoreSnapshot(dataSource, List.copyOf(tables));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    List<String> tables() {
        return tables;
    }

    Fingerprint take() {
        Map<String, TableDigest> digests = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("select * from " + table)) {
                    digests.put(table, digest(rows));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new Fingerprint(digests);
    }

    private static TableDigest digest(ResultSet rows) throws SQLException {
        MessageDigest sha = sha256();
        int columns = rows.getMetaData().getColumnCount();
        long count = 0;
        long sum = 0;
        while (rows.next()) {
            for (int column = 1; column <= columns; column++) {
                int type = rows.getMetaData().getColumnType(column);
                byte[] value = type == Types.BINARY || type == Types.VARBINARY || type == Types.LONGVARBINARY || type == Types.BLOB
                        ? rows.getBytes(column)
                        : Objects.toString(rows.getString(column), "\u0000null").getBytes(StandardCharsets.UTF_8);
                sha.update(ByteBuffer.allocate(4).putInt(value == null ? -1 : value.length).array());
                if (value != null) {
                    sha.update(value);
                }
            }
            sum += ByteBuffer.wrap(sha.digest()).getLong();
            count++;
        }
        return new TableDigest(count, sum);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    record TableDigest(long rows, long hash) {
    }

    record Fingerprint(Map<String, TableDigest> tables) {

        /** The tables whose rows differ from the other fingerprint's. */
        List<String> changedSince(Fingerprint before) {
            return tables.keySet().stream()
                    .filter(table -> !tables.get(table).equals(before.tables().get(table)))
                    .toList();
        }
    }
}
