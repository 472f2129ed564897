package com.example.citi.au.customers.server.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.ProviderNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

/**
 * Turns a bearer token into the caller it names. A client sends the same token with every call
 * of its 30 minutes, and an RSA verification costs more than the rest of a profile read, so a
 * token is verified, validated and read ({@link AccessTokenClaims}) once, and its caller
 * remembered. Only its lifetime is checked again at every use, so an expired token fails exactly
 * as before: it is forgotten and verified afresh, which raises the verifier's own error. A
 * remembered token is verified again after {@link #REVERIFY_AFTER}, no later than a withdrawn key
 * of an external issuer stops being trusted anyway (its JWK set is cached for five minutes).
 * Errors are translated as Spring Security's {@code JwtAuthenticationProvider} translates them.
 */
final class AccessTokenAuthenticator implements AuthenticationManager {

    static final Duration REVERIFY_AFTER = Duration.ofMinutes(5);
    static final int MAX_TOKENS = 4096;

    private final JwtDecoder verifier;
    private final OAuth2TokenValidator<Jwt> lifetime;
    private final Clock clock;
    private final ConcurrentHashMap<TokenKey, Accepted> accepted = new ConcurrentHashMap<>();

    AccessTokenAuthenticator(JwtDecoder verifier, OAuth2TokenValidator<Jwt> lifetime, Clock clock) {
        this.verifier = verifier;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication request) {
        if (!(request instanceof BearerTokenAuthenticationToken bearer)) {
            throw new ProviderNotFoundException("Only bearer tokens are accepted");
        }
        String token = bearer.getToken();
        TokenKey key = new TokenKey(token);
        Instant now = clock.instant();
        Accepted known = accepted.get(key);
        if (known != null && known.stillTrustedAt(now) && !lifetime.validate(known.jwt()).hasErrors()) {
            return known.authentication();
        }
        if (known != null) {
            accepted.remove(key);
        }
        Jwt jwt = verify(token);
        Accepted entry = new Accepted(jwt, AccessTokenClaims.caller(jwt), now);
        remember(key, entry);
        return entry.authentication();
    }

    int size() {
        return accepted.size();
    }

    private Jwt verify(String token) {
        try {
            return verifier.decode(token);
        } catch (BadJwtException failed) {
            throw new InvalidBearerTokenException(failed.getMessage(), failed);
        } catch (JwtException failed) {
            throw new AuthenticationServiceException(failed.getMessage(), failed);
        }
    }

    private void remember(TokenKey key, Accepted entry) {
        if (accepted.size() >= MAX_TOKENS) {
            accepted.values().removeIf(old -> !old.stillTrustedAt(entry.verifiedAt()) || old.expiredAt(entry.verifiedAt()));
            if (accepted.size() >= MAX_TOKENS) {
                accepted.clear();
            }
        }
        accepted.put(key, entry);
    }

    /**
     * A token as the map's key, hashed by its last characters only: String's hash reads all of a
     * 900-character token at every call (2% of a profile read). The end of a JWT is its signature,
     * which differs from token to token; equality still compares the whole token.
     */
    private record TokenKey(String token) {

        private static final int HASHED_CHARACTERS = 32;

        @Override
        public int hashCode() {
            int hash = 0;
            for (int i = Math.max(0, token.length() - HASHED_CHARACTERS); i < token.length(); i++) {
                hash = 31 * hash + token.charAt(i);
            }
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof TokenKey key && token.equals(key.token);
        }
    }

    private record Accepted(Jwt jwt, Caller caller, List<GrantedAuthority> authorities, Instant verifiedAt) {

        Accepted(Jwt jwt, Caller caller, Instant verifiedAt) {
            this(jwt, caller, CallerAuthentication.authoritiesOf(caller), verifiedAt);
        }

        /** A new one at every use: Spring Security may set an authentication's details. */
        CallerAuthentication authentication() {
            return new CallerAuthentication(caller, authorities);
        }

        boolean stillTrustedAt(Instant now) {
            return now.isBefore(verifiedAt.plus(REVERIFY_AFTER)) && !now.isBefore(verifiedAt);
        }

        boolean expiredAt(Instant now) {
            return jwt.getExpiresAt() == null || !now.isBefore(jwt.getExpiresAt());
        }
    }
}
