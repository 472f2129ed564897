package com.example.citi.au.customers.server.security;

import com.example.citi.au.customers.server.domain.CustomerId;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;

/**
 * The claims an access token must carry, and how they name the caller: {@code sub} the
 * customer, {@code client_id} the client, {@code scope} the scopes separated by spaces.
 */
final class AccessTokenClaims {

    static final String CLIENT_ID = "client_id";
    static final String SCOPE = "scope";

    private static final Pattern CUSTOMER_ID = Pattern.compile("^[1-9][0-9]{0,17}$");
    private static final Pattern CLIENT = Pattern.compile("^[A-Za-z0-9._-]{1,64}$");

    private AccessTokenClaims() {
    }

    /** Expiry, which a token must carry, and not-before, with Spring Security's minute of allowed clock skew. */
    static OAuth2TokenValidator<Jwt> lifetime(Clock clock) {
        JwtTimestampValidator lifetime = new JwtTimestampValidator();
        lifetime.setClock(clock);
        lifetime.setAllowEmptyExpiryClaim(false);
        return lifetime;
    }

    static OAuth2TokenValidator<Jwt> validator(TokenProperties properties, Clock clock) {
        return new DelegatingOAuth2TokenValidator<>(List.of(
                lifetime(clock),
                new JwtIssuerValidator(properties.issuer()),
                new JwtAudienceValidator(properties.audience()),
                new JwtClaimValidator<Object>(JwtClaimNames.SUB, sub -> sub instanceof String value && CUSTOMER_ID.matcher(value).matches()),
                new JwtClaimValidator<Object>(CLIENT_ID, client -> client instanceof String value && CLIENT.matcher(value).matches()),
                new JwtClaimValidator<Object>(SCOPE, scope -> scope == null || scope instanceof String || scope instanceof Collection<?>)));
    }

    /**
     * Reads the claims straight from the validated token's map: the validator has made sure of
     * their types, and Jwt's typed getters would look each one up in a conversion service.
     */
    static Caller caller(Jwt jwt) {
        Map<String, Object> claims = jwt.getClaims();
        return new Caller(
                new CustomerId(Long.parseLong((String) claims.get(JwtClaimNames.SUB))),
                (String) claims.get(CLIENT_ID),
                scopes(claims.get(SCOPE)));
    }

    private static Set<String> scopes(Object claim) {
        if (claim instanceof String text) {
            return Arrays.stream(text.split(" ")).filter(scope -> !scope.isEmpty()).collect(Collectors.toSet());
        }
        if (claim instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.toSet());
        }
        return Set.of();
    }
}
