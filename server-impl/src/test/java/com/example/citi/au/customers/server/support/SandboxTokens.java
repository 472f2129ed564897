package com.example.citi.au.customers.server.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gets the tokens of {@link SandboxCaller} from the token call of the server under test. A
 * token is reused while the test clock is within its first 25 minutes, so that most tests
 * cost no token call; an expired token is got by turning the test clock back for the call.
 */
final class SandboxTokens {

    static final String TOKEN_PATH = "/sandbox/v1/oauth2/token";
    private static final Duration REUSE = Duration.ofMinutes(25);
    private static final Duration EXPIRED_AGO = Duration.ofMinutes(35);

    /** Tokens per running server: each test application context signs with its own key. */
    private static final Map<Object, Map<SandboxCaller, IssuedToken>> ISSUED = new ConcurrentHashMap<>();
    private static volatile SandboxTokens current;

    private final int port;
    private final TestClock clock;
    private final Map<SandboxCaller, IssuedToken> issued;

    private record IssuedToken(String value, Instant issuedAt) {
    }

    private SandboxTokens(Object server, int port, TestClock clock) {
        this.port = port;
        this.clock = clock;
        this.issued = ISSUED.computeIfAbsent(server, key -> new EnumMap<>(SandboxCaller.class));
    }

    static void use(Object server, int port, TestClock clock) {
        current = new SandboxTokens(server, port, clock);
    }

    static SandboxTokens current() {
        if (current == null) {
            throw new IllegalStateException("sandbox tokens are only available inside an ApiIntegrationTest");
        }
        return current;
    }

    synchronized String tokenFor(SandboxCaller caller) {
        if (caller.expired()) {
            return expiredToken(caller);
        }
        Instant now = clock.instant();
        IssuedToken token = issued.get(caller);
        if (token == null || now.isBefore(token.issuedAt()) || !now.isBefore(token.issuedAt().plus(REUSE))) {
            token = new IssuedToken(request(caller), now);
            issued.put(caller, token);
        }
        return token.value();
    }

    private String expiredToken(SandboxCaller caller) {
        clock.advance(EXPIRED_AGO.negated());
        try {
            return request(caller);
        } finally {
            clock.advance(EXPIRED_AGO);
        }
    }

    private String request(SandboxCaller caller) {
        String form = "grant_type=client_credentials&customer=" + caller.customerId()
                + (caller.scope() == null ? "" : "&scope=" + URLEncoder.encode(caller.scope(), StandardCharsets.UTF_8));
        ApiResponse response = tokenCall(port, caller.client()).form(form).send();
        if (response.status() != 200) {
            throw new IllegalStateException("the token call for " + caller + " answered " + response.status() + ": " + response.body());
        }
        return response.json().path("access_token").asString();
    }

    static ApiRequest tokenCall(int port, SandboxClient client) {
        return ApiRequest.withAuthorization(port, "POST", TOKEN_PATH, client.basicCredentials(), client.clientId());
    }
}
