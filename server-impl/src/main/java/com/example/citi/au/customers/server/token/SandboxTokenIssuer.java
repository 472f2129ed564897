package com.example.citi.au.customers.server.token;

import com.example.citi.au.customers.server.domain.CustomerId;
import com.example.citi.au.customers.server.security.TokenProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Conditional;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/** Signs the sandbox's access tokens with the issuer, audience and claims the token decoder accepts. */
@Component
@Conditional(SandboxIssuerCondition.class)
class SandboxTokenIssuer {

    private final JwtEncoder encoder;
    private final Clock clock;
    private final SandboxIssuerProperties properties;
    private final TokenProperties accepted;

    SandboxTokenIssuer(JwtEncoder encoder, Clock clock, SandboxIssuerProperties properties, TokenProperties accepted) {
        this.encoder = encoder;
        this.clock = clock;
        this.properties = properties;
        this.accepted = accepted;
    }

    IssuedToken issue(String clientId, CustomerId customer, GrantedScopes scopes) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(accepted.issuer())
                .audience(List.of(accepted.audience()))
                .subject(String.valueOf(customer.value()))
                .claim("client_id", clientId)
                .claim("scope", scopes.spaceSeparated())
                .issuedAt(now)
                .expiresAt(now.plus(properties.tokenLifetime()))
                .id(UUID.randomUUID().toString())
                .build();
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).build();
        String token = encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
        return new IssuedToken(token, properties.tokenLifetime(), scopes);
    }
}
