package com.example.citi.au.customers.server.durability;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The database outage on PostgreSQL, where CUSTOMERS_TEST_POSTGRES_URL names a database (.ci/run starts one). */
@EnabledIfEnvironmentVariable(named = PostgresStorage.URL_VARIABLE, matches = ".+")
class PostgresDatabaseOutageIT extends DatabaseOutageContract {

    @Override
    Storage newStorage(TcpProxyFactory proxies) {
        return new PostgresStorage(proxies);
    }
}
