package com.example.citi.au.customers.server.web;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.util.StringUtils;

/**
 * Decodes and validates access tokens with Spring Security's Nimbus decoder: RS256 signature
 * against the issuer's keys, expiry, issuer, audience and the claims that name the caller.
 * With {@code spring.security.oauth2.resourceserver.jwt.jwk-set-uri} set, the keys are the
 * external issuer's; without it, the sandbox issuer's own key.
 */
@Configuration
class AccessTokenDecoderConfig {

    @Bean
    JwtDecoder accessTokenDecoder(@Value("${spring.security.oauth2.resourceserver.jwt.jwk-set-uri:}") String jwkSetUri,
                                  ObjectProvider<JWKSource<SecurityContext>> sandboxKeys,
                                  TokenProperties properties, Clock clock) {
        NimbusJwtDecoder decoder = StringUtils.hasText(jwkSetUri)
                ? NimbusJwtDecoder.withJwkSetUri(jwkSetUri).jwsAlgorithm(SignatureAlgorithm.RS256).build()
                : NimbusJwtDecoder.withJwkSource(sandboxKeys.getObject()).jwsAlgorithm(SignatureAlgorithm.RS256).build();
        decoder.setJwtValidator(AccessTokenClaims.validator(properties, clock));
        return decoder;
    }
}
