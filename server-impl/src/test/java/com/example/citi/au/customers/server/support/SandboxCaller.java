package com.example.citi.au.customers.server.support;

/**
 * Who a test calls as: a sandbox customer through a sandbox client, with the scopes the token
 * call grants. Each gets a real signed token from the running server's token call.
 */
public enum SandboxCaller {
    OLIVIA(SandboxClient.APP, 1, null, false),
    LIAM(SandboxClient.APP, 2, null, false),
    CHARLOTTE(SandboxClient.APP, 3, null, false),
    OLIVIA_READ_ONLY(SandboxClient.APP, 1, "customers_profiles", false),
    /** A token for Olivia that expired five minutes ago. */
    OLIVIA_EXPIRED(SandboxClient.APP, 1, null, true),
    PARTNER_FOR_CHARLOTTE(SandboxClient.PARTNER, 3, null, false);

    private final SandboxClient client;
    private final long customerId;
    private final String scope;
    private final boolean expired;

    SandboxCaller(SandboxClient client, long customerId, String scope, boolean expired) {
        this.client = client;
        this.customerId = customerId;
        this.scope = scope;
        this.expired = expired;
    }

    /** A token for this caller from the server of the running test, valid now (or expired, for OLIVIA_EXPIRED). */
    public String token() {
        return SandboxTokens.current().tokenFor(this);
    }

    public String clientId() {
        return client.clientId();
    }

    public long customerId() {
        return customerId;
    }

    public SandboxClient client() {
        return client;
    }

    /** The scope asked for in the token call; null for every scope the client is registered for. */
    public String scope() {
        return scope;
    }

    public boolean expired() {
        return expired;
    }
}
