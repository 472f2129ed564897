package com.example.citi.au.customers.client.e2e;

import com.example.citi.au.customers.client.CustomersApiClient;
import com.example.citi.au.customers.client.tokens.ClientCredentialsTokenProvider;
import com.example.citi.au.customers.server.CustomersApiApplication;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The real server on a random port, for one test class. */
final class SandboxServer implements BeforeAllCallback, AfterAllCallback {

    private static final String CLIENT_ID = "sandbox-app";
    private static final String CLIENT_SECRET = "sandbox-app-secret";

    private final String[] settings;
    private ConfigurableApplicationContext server;

    /** A server on its own in-memory database. */
    SandboxServer() {
        this("--spring.datasource.url=jdbc:h2:mem:e2e-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    }

    /** A server with these settings, e.g. one of several instances on one PostgreSQL database. */
    SandboxServer(String... settings) {
        this.settings = settings;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        String[] arguments = Arrays.copyOf(settings, settings.length + 4);
        arguments[settings.length] = "--server.port=0";
        arguments[settings.length + 1] = "--logging.level.root=WARN";
        // the client's idle kept-alive connection would hold the server's shutdown for the whole drain
        arguments[settings.length + 2] = "--customers.shutdown.drain-timeout=0s";
        // health and metrics on a free port too, so that several instances and parallel builds never collide
        arguments[settings.length + 3] = "--management.server.port=0";
        server = SpringApplication.run(CustomersApiApplication.class, arguments);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.close();
    }

    String baseUrl() {
        int port = ((WebServerApplicationContext) server).getWebServer().getPort();
        return "http://localhost:" + port + "/api";
    }

    /** A client that fetches and renews its own tokens for a sandbox customer, as a consumer's would. */
    CustomersApiClient clientWithCredentialsFor(int sandboxCustomer) {
        return CustomersApiClient.builder()
                .baseUrl(baseUrl())
                .clientId(CLIENT_ID)
                .clientCredentials(ClientCredentialsTokenProvider.builder()
                        .tokenUrl(baseUrl() + "/sandbox/v1/oauth2/token")
                        .clientSecret(CLIENT_SECRET)
                        .customer(String.valueOf(sandboxCustomer)))
                .build();
    }

    /** A client signed in as a sandbox customer (1 Olivia, 2 Liam, 3 Charlotte) through the sandbox customer app. */
    CustomersApiClient clientFor(int sandboxCustomer) {
        String token = SandboxTokenCall.accessToken(baseUrl(), CLIENT_ID, CLIENT_SECRET, sandboxCustomer);
        return CustomersApiClient.builder()
                .baseUrl(baseUrl())
                .tokenSupplier(() -> token)
                .clientId(CLIENT_ID)
                .build();
    }
}
