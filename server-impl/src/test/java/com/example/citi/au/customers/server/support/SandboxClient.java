package com.example.citi.au.customers.server.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The sandbox's registered clients and their documented secrets (see V50__client_secrets_and_registered_scopes.sql). */
public enum SandboxClient {
    APP("sandbox-app", "sandbox-app-secret"),
    PARTNER("sandbox-partner", "sandbox-partner-secret");

    private final String clientId;
    private final String secret;

    SandboxClient(String clientId, String secret) {
        this.clientId = clientId;
        this.secret = secret;
    }

    public String clientId() {
        return clientId;
    }

    public String secret() {
        return secret;
    }

    /** The Authorization header value of the token call. */
    public String basicCredentials() {
        return basic(clientId, secret);
    }

    public static String basic(String clientId, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }
}
