package com.example.citi.au.customers.server.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Checks an access token's signature once and remembers the decoded token, because a client
 * sends the same token with every call of its 30 minutes and an RSA verification costs more
 * than the rest of a profile read. The claims (expiry first) are validated again at every use,
 * so an expired token fails exactly as before; a token that fails them is forgotten and
 * decoded afresh, which raises the decoder's own error. A remembered token is verified again
 * after {@link #REVERIFY_AFTER}, no later than a withdrawn key of an external issuer stops
 * being trusted anyway (its JWK set is cached for five minutes).
 */
final class VerifiedTokenCache implements JwtDecoder {

    static final Duration REVERIFY_AFTER = Duration.ofMinutes(5);
    static final int MAX_TOKENS = 4096;

    private final JwtDecoder verifier;
    private final OAuth2TokenValidator<Jwt> claims;
    private final Clock clock;
    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();

    VerifiedTokenCache(JwtDecoder verifier, OAuth2TokenValidator<Jwt> claims, Clock clock) {
        this.verifier = verifier;
        this.claims = claims;
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) {
        Instant now = clock.instant();
        Verified known = verified.get(token);
        if (known != null && known.stillTrustedAt(now) && !claims.validate(known.jwt()).hasErrors()) {
            return known.jwt();
        }
        if (known != null) {
            verified.remove(token);
        }
        Jwt jwt = verifier.decode(token);
        remember(token, new Verified(jwt, now));
        return jwt;
    }

    int size() {
        return verified.size();
    }

    private void remember(String token, Verified entry) {
        if (verified.size() >= MAX_TOKENS) {
            verified.values().removeIf(old -> !old.stillTrustedAt(entry.verifiedAt()) || old.expiredAt(entry.verifiedAt()));
            if (verified.size() >= MAX_TOKENS) {
                verified.clear();
            }
        }
        verified.put(token, entry);
    }

    private record Verified(Jwt jwt, Instant verifiedAt) {

        boolean stillTrustedAt(Instant now) {
            return now.isBefore(verifiedAt.plus(REVERIFY_AFTER)) && !now.isBefore(verifiedAt);
        }

        boolean expiredAt(Instant now) {
            return jwt.getExpiresAt() == null || !now.isBefore(jwt.getExpiresAt());
        }
    }
}
