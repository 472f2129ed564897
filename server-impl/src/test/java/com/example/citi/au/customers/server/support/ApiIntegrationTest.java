package com.example.citi.au.customers.server.support;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
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

    @Autowired
    private ApplicationContext server;

    @BeforeEach
    void resetSandboxData() {
        flyway.clean();
        flyway.migrate();
        clock.reset();
        SandboxTokens.use(server, port, clock);
    }

    /** A request as the given sandbox caller, with a token from the sandbox's token call. */
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

    /** A sandbox token call by the given client, authenticated with its secret; add the form with {@code form(...)}. */
    protected ApiRequest tokenCall(SandboxClient client) {
        return SandboxTokens.tokenCall(port, client);
    }

    /** A request with the given Authorization header value as it is, and the given client_id. */
    protected ApiRequest withAuthorization(String authorization, String clientId, String method, String path) {
        return ApiRequest.withAuthorization(port, method, path, authorization, clientId);
    }

    protected int port() {
        return port;
    }
}
