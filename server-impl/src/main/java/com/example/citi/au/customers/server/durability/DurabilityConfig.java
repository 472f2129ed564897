package com.example.citi.au.customers.server.durability;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every write's answer waits until its transaction is durable: the database's settings are
 * checked when the server starts, and the transaction manager (which Spring Boot gives every
 * {@code TransactionExecutionListener} bean) syncs each write's commit.
 */
@Configuration(proxyBeanMethods = false)
class DurabilityConfig {

    @Bean
    DatabaseDurability databaseDurability(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseDurability durability = DatabaseDurability.of(connection);
            durability.verify(connection);
            return durability;
        }
    }

    @Bean
    DurableCommitListener durableCommitListener(DataSource dataSource, DatabaseDurability durability) {
        return new DurableCommitListener(dataSource, durability);
    }
}
