package com.example.citi.au.customers.client.tokens;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * OAuth 2.0 client credentials (RFC 6749 section 4.4): the first call fetches a token, later calls reuse it,
 * and it is renewed {@code refreshAhead} before it expires. However many threads need a token at once, one
 * token call is made: while the cached token is still valid the others keep using it, once it has expired
 * they wait for the one call. The client authenticates with HTTP Basic, as the sandbox and Citi's portal ask.
 */
public final class ClientCredentialsTokenProvider implements AccessTokenProvider {

    private static final Logger log = LoggerFactory.getLogger(ClientCredentialsTokenProvider.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI tokenUrl;
    private final String clientId;
    private final String basicCredentials;
    private final String form;
    private final Duration refreshAhead;
    private final Clock clock;
    private final HttpClient http;
    private final ReentrantLock fetching = new ReentrantLock();
    private volatile Token current;

    private ClientCredentialsTokenProvider(Builder builder) {
        this.tokenUrl = builder.tokenUrl;
        this.clientId = builder.clientId;
        this.basicCredentials = "Basic " + Base64.getEncoder().encodeToString(
                (formEncode(builder.clientId) + ":" + formEncode(builder.clientSecret)).getBytes(StandardCharsets.UTF_8));
        List<String> fields = new ArrayList<>(List.of("grant_type=client_credentials"));
        if (!builder.scopes.isEmpty()) {
            fields.add("scope=" + formEncode(String.join(" ", builder.scopes)));
        }
        if (builder.customer != null) {
            fields.add("customer=" + formEncode(builder.customer));
        }
        this.form = String.join("&", fields);
        this.refreshAhead = builder.refreshAhead;
        this.clock = builder.clock;
        this.http = builder.http != null ? builder.http : HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String accessToken() {
        Token token = current;
        Instant now = clock.instant();
        if (token != null && now.isBefore(token.refreshAt())) {
            return token.value();
        }
        if (token != null && now.isBefore(token.expiresAt())) {
            if (!fetching.tryLock()) {
                return token.value(); // another thread is renewing it; this one is still good
            }
        } else {
            fetching.lock();
        }
        try {
            Token latest = current;
            if (latest != null && clock.instant().isBefore(latest.refreshAt())) {
                return latest.value();
            }
            try {
                current = fetch();
            } catch (TokenRequestException e) {
                if (latest != null && clock.instant().isBefore(latest.expiresAt())) {
                    log.debug("renewing the access token failed ({}); the current one is still valid", e.getMessage());
                    return latest.value();
                }
                throw e;
            }
            return current.value();
        } finally {
            fetching.unlock();
        }
    }

    @Override
    public void rejected(String accessToken) {
        fetching.lock();
        try {
            Token token = current;
            if (token != null && token.value().equals(accessToken)) {
                current = null;
            }
        } finally {
            fetching.unlock();
        }
    }

    private Token fetch() {
        HttpRequest request = HttpRequest.newBuilder(tokenUrl)
                .header("Authorization", basicCredentials)
                .header("client_id", clientId)
                .header("uuid", UUID.randomUUID().toString())
                .header("Accept", "application/json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        Instant asked = clock.instant();
        HttpResponse<String> answer;
        try {
            answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new TokenRequestException("the token call to " + tokenUrl + " failed: " + e, 0, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TokenRequestException("the token call to " + tokenUrl + " was interrupted", 0, e);
        }
        if (answer.statusCode() != 200) {
            throw new TokenRequestException("the token call to " + tokenUrl + " was answered " + answer.statusCode()
                    + errorCode(answer.body()), answer.statusCode(), null);
        }
        try {
            JsonNode body = JSON.readTree(answer.body());
            String value = body.path("access_token").asString(null);
            long lifetime = body.path("expires_in").asLong(0);
            if (value == null || value.isBlank() || lifetime <= 0) {
                throw new TokenRequestException("the token call to " + tokenUrl
                        + " was answered without access_token or expires_in", 200, null);
            }
            return Token.of(value, asked, Duration.ofSeconds(lifetime), refreshAhead);
        } catch (JacksonException e) {
            throw new TokenRequestException("the token call to " + tokenUrl + " was answered with no JSON", 200, e);
        }
    }

    private static String errorCode(String body) {
        try {
            JsonNode error = JSON.readTree(body == null ? "" : body);
            String code = error.path("code").asString(error.path("error").asString(null));
            return code == null ? "" : " " + code;
        } catch (JacksonException e) {
            return "";
        }
    }

    private static String formEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private record Token(String value, Instant refreshAt, Instant expiresAt) {

        /** Renewed {@code ahead} before expiry, but never in the first half of a short-lived token's life. */
        static Token of(String value, Instant issued, Duration lifetime, Duration ahead) {
            Duration renewAfter = lifetime.minus(ahead);
            if (renewAfter.compareTo(lifetime.dividedBy(2)) < 0) {
                renewAfter = lifetime.dividedBy(2);
            }
            return new Token(value, issued.plus(renewAfter), issued.plus(lifetime));
        }

        @Override
        public String toString() {
            return "Token[expiresAt=" + expiresAt + "]";
        }
    }

    public static final class Builder {

        private URI tokenUrl;
        private String clientId;
        private String clientSecret;
        private List<String> scopes = List.of();
        private String customer;
        private Duration refreshAhead = Duration.ofSeconds(60);
        private Clock clock = Clock.systemUTC();
        private HttpClient http;

        private Builder() {
        }

        /** The token endpoint, e.g. {@code http://localhost:8080/api/sandbox/v1/oauth2/token}. */
        public Builder tokenUrl(String tokenUrl) {
            this.tokenUrl = URI.create(Objects.requireNonNull(tokenUrl, "tokenUrl"));
            return this;
        }

        public Builder clientId(String clientId) {
            this.clientId = Objects.requireNonNull(clientId, "clientId");
            return this;
        }

        /** The client id set so far, or {@code null}. */
        public String clientId() {
            return clientId;
        }

        public Builder clientSecret(String clientSecret) {
            this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
            return this;
        }

        /** The scopes to ask for; none asks for every scope the client may get. */
        public Builder scopes(String... scopes) {
            this.scopes = List.of(scopes);
            return this;
        }

        /** The sandbox only: the sandbox customer the token is for (the real issuer knows it from the sign-in). */
        public Builder customer(String customer) {
            this.customer = Objects.requireNonNull(customer, "customer");
            return this;
        }

        /** How long before expiry a token is renewed; 60 seconds unless set. */
        public Builder refreshAhead(Duration refreshAhead) {
            this.refreshAhead = Objects.requireNonNull(refreshAhead, "refreshAhead");
            return this;
        }

        /** The clock that ages tokens; the system's unless set (tests set their own). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Sends the token calls; {@code CustomersApiClient} gives its own, with retries and logging. */
        public Builder httpClient(HttpClient http) {
            this.http = Objects.requireNonNull(http, "httpClient");
            return this;
        }

        public ClientCredentialsTokenProvider build() {
            if (tokenUrl == null || clientId == null || clientSecret == null) {
                throw new IllegalStateException("tokenUrl, clientId and clientSecret are required");
            }
            return new ClientCredentialsTokenProvider(this);
        }
    }
}
