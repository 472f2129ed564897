package com.example.citi.au.customers.server.reset;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.server.support.ApiIntegrationTest;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The reset's list of customer tables against the schema the migrations build. */
class CustomerTablesTest extends ApiIntegrationTest {

    @Autowired
    private DataSource dataSource;

    @Test
    void namesEveryTableOfTheSchema() throws SQLException {
        List<String> named = Stream.of(Stream.of(CustomerTables.CUSTOMER.name()),
                        CustomerTables.PARENTS_FIRST.stream().map(CustomerTable::name),
                        CustomerTables.NOT_CUSTOMER_DATA.stream())
                .flatMap(names -> names)
                .toList();

        assertThat(named).containsExactlyInAnyOrderElementsOf(tables());
    }

    @Test
    void listsEveryTableAfterTheTablesItRefersTo() throws SQLException {
        List<String> order = new ArrayList<>(List.of(CustomerTables.CUSTOMER.name()));
        CustomerTables.PARENTS_FIRST.forEach(table -> order.add(table.name()));

        assertThat(parentsOf("alert_profile")).as("the schema's foreign keys are read")
                .containsExactlyInAnyOrder("customer", "customer_email", "customer_phone");
        for (CustomerTable table : CustomerTables.PARENTS_FIRST) {
            for (String parent : parentsOf(table.name())) {
                assertThat(order.indexOf(parent)).as(table.name() + " refers to " + parent)
                        .isBetween(0, order.indexOf(table.name()) - 1);
            }
        }
    }

    private List<String> tables() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             ResultSet rows = connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            List<String> tables = new ArrayList<>();
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME").toLowerCase());
            }
            return tables;
        }
    }

    private List<String> parentsOf(String table) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metadata = connection.getMetaData();
            try (ResultSet keys = metadata.getImportedKeys(null, connection.getSchema(), table)) {
                List<String> parents = new ArrayList<>();
                while (keys.next()) {
                    String parent = keys.getString("PKTABLE_NAME").toLowerCase();
                    if (!parent.equals(table)) {
                        parents.add(parent);
                    }
                }
                return parents;
            }
        }
    }
}
