package com.example.citi.au.customers.server.durability;

/** Durability on the embedded default, an H2 database file. */
class H2DurabilityIT extends DurabilityContract {

    @Override
    Storage newStorage() {
        return new H2Storage();
    }
}
