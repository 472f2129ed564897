package com.example.citi.au.customers.server.http;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.catalina.connector.Connector;
import org.apache.coyote.ProtocolHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The first step of a graceful shutdown: clients finish on their open connections before the
 * port closes. Spring Boot's graceful shutdown pauses Tomcat, which then answers 503 to a
 * request arriving on a kept-alive connection: a client that sent one just then gets an error
 * for a request the server could have served. So before that pause, this closes the listening
 * socket (new connections are refused, which a client or load balancer can always retry
 * elsewhere), Tomcat answers every further request on an open connection in full with
 * {@code Connection: close}, and this waits until the clients have closed their connections or
 * the drain timeout has passed. Boot's pause then finds no client left to refuse.
 */
@Component
final class ConnectionDrain implements SmartLifecycle, TomcatConnectorCustomizer {

    private final List<Connector> connectors = new CopyOnWriteArrayList<>();
    private final Duration timeout;
    private volatile boolean running;

    ConnectionDrain(@Value("${customers.shutdown.drain-timeout}") Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public void customize(Connector connector) {
        connectors.add(connector);
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        // closing the server socket also turns keep-alive off for the connections still open
        connectors.forEach(connector -> connector.getProtocolHandler().closeServerSocketGraceful());
        long remainingMillis = timeout.toMillis();
        for (Connector connector : connectors) {
            ProtocolHandler protocol = connector.getProtocolHandler();
            remainingMillis = protocol.awaitConnectionsClose(remainingMillis);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops just before Spring Boot's graceful shutdown of the web server. */
    @Override
    public int getPhase() {
        return WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE + 1;
    }

    /** A closed port is not reopened: like the web server's own lifecycles, this one only stops at shutdown. */
    @Override
    public boolean isPauseable() {
        return false;
    }
}
