package com.example.citi.au.customers.server.durability;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** Durability on PostgreSQL, where CUSTOMERS_TEST_POSTGRES_URL names a database (.ci/run starts one). */
@EnabledIfEnvironmentVariable(named = PostgresStorage.URL_VARIABLE, matches = ".+")
class PostgresDurabilityIT extends DurabilityContract {

    @Override
    Storage newStorage() {
        return new PostgresStorage();
    }
}
