package com.example.citi.au.customers.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.citi.au.customers.server.domain.CustomerId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.ProviderNotFoundException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

class AccessTokenAuthenticatorTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    private final MovableClock clock = new MovableClock(NOW);
    private final CountingVerifier verifier = new CountingVerifier();
    private final AccessTokenAuthenticator authenticator = new AccessTokenAuthenticator(verifier, lifetime(), clock);

    @Test
    void namesTheCallerAndScopesTheTokenCarries() {
        Authentication accepted = authenticate("token-a");

        assertThat(accepted.isAuthenticated()).isTrue();
        assertThat(accepted.getPrincipal()).isEqualTo(new Caller(new CustomerId(1), "sandbox-app",
                Set.of("customers_profiles", "customers_alerts")));
        assertThat(accepted.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("SCOPE_customers_profiles", "SCOPE_customers_alerts");
    }

    @Test
    void verifiesAGoodTokenOnlyOnceButAnswersEachUseWithItsOwnAuthentication() {
        Authentication first = authenticate("token-a");
        Authentication second = authenticate("token-a");

        assertThat(second).isNotSameAs(first).isEqualTo(first);
        assertThat(verifier.calls.get()).isEqualTo(1);
    }

    @Test
    void rejectsARememberedTokenOnceItExpired() {
        authenticate("token-a");

        clock.advance(Duration.ofMinutes(31));

        assertThatThrownBy(() -> authenticate("token-a")).isInstanceOf(InvalidBearerTokenException.class)
                .hasCauseInstanceOf(JwtValidationException.class);
        assertThat(verifier.calls.get()).isEqualTo(2);
    }

    @Test
    void verifiesARememberedTokenAgainAfterFiveMinutes() {
        authenticate("token-a");

        clock.advance(AccessTokenAuthenticator.REVERIFY_AFTER);
        authenticate("token-a");

        assertThat(verifier.calls.get()).isEqualTo(2);
    }

    @Test
    void neverRemembersARejectedToken() {
        assertThatThrownBy(() -> authenticate("forged")).isInstanceOf(InvalidBearerTokenException.class);
        assertThatThrownBy(() -> authenticate("forged")).isInstanceOf(InvalidBearerTokenException.class);

        assertThat(verifier.calls.get()).isEqualTo(2);
        assertThat(authenticator.size()).isZero();
    }

    @Test
    void tellsApartTokensThatEndAlike() {
        String signature = ".c2lnbmF0dXJlIG9mIGEgc2FuZGJveCB0b2tlbiBvbmx5IGhlcmU";
        authenticate("good-one" + signature);
        authenticate("good-two" + signature);

        assertThatThrownBy(() -> authenticate("forged" + signature)).isInstanceOf(InvalidBearerTokenException.class);
        assertThat(verifier.calls.get()).isEqualTo(3);
        assertThat(authenticator.size()).isEqualTo(2);
    }

    @Test
    void reportsAVerifierThatCannotDecideAsAServiceFailure() {
        assertThatThrownBy(() -> authenticate("keys-unreachable")).isInstanceOf(AuthenticationServiceException.class);
    }

    @Test
    void acceptsNothingButBearerTokens() {
        assertThatThrownBy(() -> authenticator.authenticate(new TestingAuthenticationToken("user", "password")))
                .isInstanceOf(ProviderNotFoundException.class);
        assertThat(verifier.calls.get()).isZero();
    }

    @Test
    void staysBoundedWhenManyTokensAreSeen() {
        for (int i = 0; i < AccessTokenAuthenticator.MAX_TOKENS + 10; i++) {
            authenticate("token-" + i);
        }

        assertThat(authenticator.size()).isLessThanOrEqualTo(AccessTokenAuthenticator.MAX_TOKENS);
    }

    private Authentication authenticate(String token) {
        return authenticator.authenticate(new BearerTokenAuthenticationToken(token));
    }

    private OAuth2TokenValidator<Jwt> lifetime() {
        JwtTimestampValidator validator = new JwtTimestampValidator(Duration.ZERO);
        validator.setClock(clock);
        return validator;
    }

    /**
     * Stands in for the signature check: accepts every token but those starting with "forged", valid for 30 minutes from issue,
     * and cannot reach the keys for "keys-unreachable".
     */
    private final class CountingVerifier implements JwtDecoder {

        final AtomicInteger calls = new AtomicInteger();
        private final Map<String, Instant> issued = new HashMap<>();

        @Override
        public Jwt decode(String token) {
            calls.incrementAndGet();
            if (token.startsWith("forged")) {
                throw new BadJwtException("bad signature");
            }
            if (token.equals("keys-unreachable")) {
                throw new JwtException("JWK set unreachable");
            }
            Instant issuedAt = issued.computeIfAbsent(token, unused -> clock.instant());
            Jwt jwt = Jwt.withTokenValue(token).header("alg", "RS256").subject("1")
                    .claim("client_id", "sandbox-app").claim("scope", "customers_profiles customers_alerts")
                    .issuedAt(issuedAt).expiresAt(issuedAt.plus(Duration.ofMinutes(30))).audience(List.of("customers-api"))
                    .build();
            var result = lifetime().validate(jwt);
            if (result.hasErrors()) {
                throw new JwtValidationException("expired", result.getErrors());
            }
            return jwt;
        }
    }

    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
