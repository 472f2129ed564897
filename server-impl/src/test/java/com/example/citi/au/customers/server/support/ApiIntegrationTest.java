package com.example.citi.au.customers.server.support;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the tests that call the server over real HTTP on a random port. Every test starts
 * from the freshly migrated sandbox data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfig.class)
public abstract class ApiIntegrationTest {

    @LocalServerPort
    private int port;

    @Autowired
    private Flyway flyway;

    @Autowired
    protected TestClock clock;

    @BeforeEach
    void resetSandboxData() {
        flyway.clean();
        flyway.migrate();
        clock.reset();
    }

    /** A request as the given sandbox customer, through the customer app client. */
    protected ApiRequest as(SandboxCaller caller, String method, String path) {
        return new ApiRequest(port, method, path, caller.token(), caller.clientId());
    }

    protected ApiRequest get(SandboxCaller caller, String path) {
        return as(caller, "GET", path);
    }

    protected ApiRequest put(SandboxCaller caller, String path, String json) {
        return as(caller, "PUT", path).json(json);
    }

    protected ApiRequest post(SandboxCaller caller, String path, String json) {
        return as(caller, "POST", path).json(json);
    }

    protected ApiRequest delete(SandboxCaller caller, String path) {
        return as(caller, "DELETE", path);
    }

    protected int port() {
        return port;
    }
}
