package com.example.citi.au.customers.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.server.support.ApiIntegrationTest;
import com.example.citi.au.customers.server.support.ApiResponse;
import com.example.citi.au.customers.server.support.BrowserRequest;
import com.example.citi.au.customers.server.support.SandboxClient;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The server pointed at an external issuer by configuration alone: it fetches the issuer's
 * keys from its JWK set URL (served here by a local HTTP server), accepts the tokens it signs
 * for its issuer and audience, and issues none itself.
 */
@TestPropertySource(properties = {
        "customers.security.issuer=https://issuer.example.com",
        "customers.security.audience=customers-api-production"})
class ExternalIssuerTest extends ApiIntegrationTest {

    private static final RSAKey ISSUER_KEY = generateKey();
    private static final HttpServer JWK_SET = serve(new JWKSet(ISSUER_KEY.toPublicJWK()).toString());
    private static final String PARTICULARS = "/v1/customers/profiles/basic";

    @Autowired
    private ApplicationContext server;

    @DynamicPropertySource
    static void pointAtTheExternalIssuer(DynamicPropertyRegistry properties) {
        properties.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                () -> "http://localhost:" + JWK_SET.getAddress().getPort() + "/jwks.json");
    }

    @AfterAll
    static void stopTheIssuer() {
        JWK_SET.stop(0);
    }

    @Test
    void acceptsATokenTheExternalIssuerSigned() throws JOSEException {
        ApiResponse response = call(signed(ISSUER_KEY, claims -> claims));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("customerParticulars").path("names").path(0).path("lastName").asString())
                .isEqualTo("BENNETT");
    }

    @Test
    void rejectsATokenOfTheSandboxIssuer() throws JOSEException {
        ApiResponse response = call(signed(ISSUER_KEY, claims -> claims.issuer("urn:customers-api:sandbox")));

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void rejectsATokenForTheSandboxAudience() throws JOSEException {
        ApiResponse response = call(signed(ISSUER_KEY, claims -> claims.audience("customers-api")));

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void rejectsATokenSignedWithAKeyTheIssuerDoesNotPublish() throws JOSEException {
        RSAKey stranger = new RSAKeyGenerator(2048).keyID(ISSUER_KEY.getKeyID()).generate();

        ApiResponse response = call(signed(stranger, claims -> claims));

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void issuesNoTokensItself() {
        ApiResponse response = tokenCall(SandboxClient.APP).form("grant_type=client_credentials&customer=1").send();

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.errorCode()).isEqualTo("resourceNotFound");
        assertThat(server.getBeanNamesForType(JwtEncoder.class)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/playground", "/playground/", "/playground/customers-api.json", "/playground/playground.js",
            "/playground/webjars/swagger-ui/swagger-ui-bundle.js"})
    void servesNoPlayground(String path) {
        HttpResponse<String> response = BrowserRequest.get(port(), path);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("\"code\":\"resourceNotFound\"");
    }

    @Test
    void resetsNoSandboxCustomer() throws JOSEException {
        String token = signed(ISSUER_KEY, claims -> claims.claim("scope", "customers_profiles_update"));

        ApiResponse response = withAuthorization("Bearer " + token, "sandbox-app", "POST", "/sandbox/v1/customers/reset").send();

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.errorCode()).isEqualTo("resourceNotFound");
    }

    private ApiResponse call(String token) {
        return withAuthorization("Bearer " + token, "sandbox-app", "GET", PARTICULARS).send();
    }

    private String signed(RSAKey key, UnaryOperator<JWTClaimsSet.Builder> change) throws JOSEException {
        Date now = Date.from(clock.instant());
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer("https://issuer.example.com")
                .audience("customers-api-production")
                .subject("1")
                .claim("client_id", "sandbox-app")
                .claim("scope", "customers_profiles")
                .issueTime(now)
                .expirationTime(Date.from(clock.instant().plus(Duration.ofMinutes(30))))
                .jwtID(UUID.randomUUID().toString());
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                change.apply(claims).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static RSAKey generateKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpServer serve(String jwkSet) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/jwks.json", exchange -> {
                byte[] body = jwkSet.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
