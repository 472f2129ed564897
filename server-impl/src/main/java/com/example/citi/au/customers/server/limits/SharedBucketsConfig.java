package com.example.citi.au.customers.server.limits;

import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The buckets of the shared quotas, in the table {@code rate_limit_bucket} (a Flyway migration):
 * Bucket4j's PostgreSQL backend where the server runs on PostgreSQL, its H2 twin on H2.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LimitsProperties.class)
class SharedBucketsConfig {

    static final String TABLE = "rate_limit_bucket";

    @Bean
    ProxyManager<String> sharedBucketStore(DataSource dataSource, Clock clock) throws SQLException {
        ClockTimeMeter time = new ClockTimeMeter(clock);
        if (onPostgres(dataSource)) {
            return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                    .primaryKeyMapper(PrimaryKeyMapper.STRING)
                    .table(TABLE)
                    .idColumn("id")
                    .stateColumn("state")
                    .clientClock(time)
                    .build();
        }
        return new H2BucketProxyManager(dataSource, ClientSideConfig.getDefault().withClientClock(time));
    }

    private static boolean onPostgres(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        }
    }
}
