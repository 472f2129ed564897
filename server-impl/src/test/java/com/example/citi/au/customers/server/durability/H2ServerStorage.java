package com.example.citi.au.customers.server.durability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.h2.tools.Server;

/**
 * H2 in server mode: a TCP server in the test's own process, on a throwaway folder, which the
 * server under test reaches through a proxy. (The embedded default has no network to cut.)
 */
final class H2ServerStorage implements Storage {

    private static final String SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private final ThrowawayFolder dataDir = new ThrowawayFolder("customers-outage-h2");
    private final Server h2;
    private final TcpProxy proxy;

    H2ServerStorage(DatabaseOutageContract.TcpProxyFactory proxies) {
        try {
            this.h2 = Server.createTcpServer("-tcpPort", "0", "-ifNotExists", "-baseDir", dataDir.path().toString()).start();
        } catch (SQLException e) {
            throw new IllegalStateException("could not start an H2 server", e);
        }
        this.proxy = proxies.to("127.0.0.1", h2.getPort());
    }

    @Override
    public List<String> serverArguments() {
        return List.of(
                "--spring.datasource.url=jdbc:h2:tcp://127.0.0.1:" + proxy.port() + "/customers" + SETTINGS,
                "--customers.data-dir=" + dataDir.path());
    }

    @Override
    public Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:tcp://127.0.0.1:" + h2.getPort() + "/customers" + SETTINGS, "sa", "");
    }

    @Override
    public void close() {
        h2.stop();
        dataDir.close();
    }

    @Override
    public String toString() {
        return "H2 server mode";
    }
}
