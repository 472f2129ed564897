package com.example.citi.au.customers.server.security;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Clock;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.util.StringUtils;

/**
 * Decodes and validates access tokens with Spring Security's Nimbus decoder: RS256 signature
 * against the issuer's keys, expiry, issuer, audience and the claims that name the caller.
 * With {@code spring.security.oauth2.resourceserver.jwt.jwk-set-uri} set, the keys are the
 * external issuer's; without it, the sandbox issuer's own key. {@link AccessTokenAuthenticator}
 * uses it once per token.
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
        decoder.setClaimSetConverter(MappedJwtClaimSetConverter.withDefaults(
                Map.of(JwtClaimNames.ISS, AccessTokenDecoderConfig::issuerAsText)));
        return decoder;
    }

    /**
     * Keeps {@code iss} as the text it is. The default turns it into a URL, and for an issuer
     * such as the sandbox's {@code urn:} one that fails only after a class-loader search for a
     * {@code urn} protocol handler, under a class-loading lock, at every decode.
     */
    private static Object issuerAsText(Object issuer) {
        return issuer == null ? null : issuer.toString();
    }
}
