package com.example.citi.au.customers.server.durability;

/** The database outage on H2 in server mode, which needs nothing outside the build. */
class H2ServerDatabaseOutageIT extends DatabaseOutageContract {

    @Override
    Storage newStorage(TcpProxyFactory proxies) {
        return new H2ServerStorage(proxies);
    }
}
