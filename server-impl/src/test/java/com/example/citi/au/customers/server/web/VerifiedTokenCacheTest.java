package com.example.citi.au.customers.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;

class VerifiedTokenCacheTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    private final MovableClock clock = new MovableClock(NOW);
    private final CountingVerifier verifier = new CountingVerifier();
    private final VerifiedTokenCache cache = new VerifiedTokenCache(verifier, lifetime(), clock);

    @Test
    void verifiesAGoodTokenOnlyOnce() {
        Jwt first = cache.decode("token-a");
        Jwt second = cache.decode("token-a");

        assertThat(second).isSameAs(first);
        assertThat(verifier.calls.get()).isEqualTo(1);
    }

    @Test
    void rejectsARememberedTokenOnceItExpired() {
        cache.decode("token-a");

        clock.advance(Duration.ofMinutes(31));

        assertThatThrownBy(() -> cache.decode("token-a")).isInstanceOf(JwtValidationException.class);
        assertThat(verifier.calls.get()).isEqualTo(2);
    }

    @Test
    void verifiesARememberedTokenAgainAfterFiveMinutes() {
        cache.decode("token-a");

        clock.advance(VerifiedTokenCache.REVERIFY_AFTER);
        cache.decode("token-a");

        assertThat(verifier.calls.get()).isEqualTo(2);
    }

    @Test
    void neverRemembersARejectedToken() {
        assertThatThrownBy(() -> cache.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> cache.decode("forged")).isInstanceOf(BadJwtException.class);

        assertThat(verifier.calls.get()).isEqualTo(2);
        assertThat(cache.size()).isZero();
    }

    @Test
    void staysBoundedWhenManyTokensAreSeen() {
        for (int i = 0; i < VerifiedTokenCache.MAX_TOKENS + 10; i++) {
            cache.decode("token-" + i);
        }

        assertThat(cache.size()).isLessThanOrEqualTo(VerifiedTokenCache.MAX_TOKENS);
    }

    private OAuth2TokenValidator<Jwt> lifetime() {
        JwtTimestampValidator validator = new JwtTimestampValidator(Duration.ZERO);
        validator.setClock(clock);
        return validator;
    }

    /** Stands in for the signature check: accepts every token but "forged", valid for 30 minutes from issue. */
    private final class CountingVerifier implements JwtDecoder {

        final AtomicInteger calls = new AtomicInteger();
        private final Map<String, Instant> issued = new HashMap<>();

        @Override
        public Jwt decode(String token) {
            calls.incrementAndGet();
            if (token.equals("forged")) {
                throw new BadJwtException("bad signature");
            }
            Instant issuedAt = issued.computeIfAbsent(token, unused -> clock.instant());
            Jwt jwt = Jwt.withTokenValue(token).header("alg", "RS256").subject("1")
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
