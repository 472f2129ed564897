package com.example.citi.au.customers.server.operations;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Sets the PostgreSQL driver's {@code connectTimeout} and {@code socketTimeout} (seconds) from
 * {@code customers.database.*}, unless the connection URL sets them. H2 would refuse them as
 * unknown settings, hence a post-processor rather than Hikari's data-source-properties.
 */
final class PostgresTimeouts implements BeanPostProcessor {

    private final Duration connectTimeout;
    private final Duration socketTimeout;

    PostgresTimeouts(Duration connectTimeout, Duration socketTimeout) {
        this.connectTimeout = connectTimeout;
        this.socketTimeout = socketTimeout;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
            setUnlessInUrl(pool, "connectTimeout", connectTimeout);
            setUnlessInUrl(pool, "socketTimeout", socketTimeout);
        }
        return bean;
    }

    private static void setUnlessInUrl(HikariDataSource pool, String property, Duration timeout) {
        if (!pool.getJdbcUrl().contains(property + "=")) {
            pool.addDataSourceProperty(property, String.valueOf(Math.max(1, timeout.toSeconds())));
        }
    }
}
