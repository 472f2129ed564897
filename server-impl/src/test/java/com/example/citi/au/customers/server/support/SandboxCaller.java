package com.example.citi.au.customers.server.support;

/** The sandbox's seeded tokens (see V2__sandbox_data.sql). */
public enum SandboxCaller {
    OLIVIA("sandbox-olivia", "sandbox-app", 1),
    LIAM("sandbox-liam", "sandbox-app", 2),
    CHARLOTTE("sandbox-charlotte", "sandbox-app", 3),
    OLIVIA_READ_ONLY("sandbox-olivia-read-only", "sandbox-app", 1),
    OLIVIA_EXPIRED("sandbox-olivia-expired", "sandbox-app", 1),
    PARTNER_FOR_CHARLOTTE("sandbox-partner-charlotte", "sandbox-partner", 3);

    private final String token;
    private final String clientId;
    private final long customerId;

    SandboxCaller(String token, String clientId, long customerId) {
        this.token = token;
        this.clientId = clientId;
        this.customerId = customerId;
    }

    public String token() {
        return token;
    }

    public String clientId() {
        return clientId;
    }

    public long customerId() {
        return customerId;
    }
}
