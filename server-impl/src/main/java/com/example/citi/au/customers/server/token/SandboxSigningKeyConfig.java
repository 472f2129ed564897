package com.example.citi.au.customers.server.token;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** One key, two uses: the sandbox issuer signs with it and the token decoder verifies with it. */
@Configuration
@Conditional(SandboxIssuerCondition.class)
class SandboxSigningKeyConfig {

    @Bean
    JWKSource<SecurityContext> sandboxSigningKeys(SandboxIssuerProperties properties) {
        return new ImmutableJWKSet<>(new JWKSet(SandboxSigningKey.loadOrCreate(properties.keyFile())));
    }

    @Bean
    JwtEncoder sandboxTokenEncoder(JWKSource<SecurityContext> sandboxSigningKeys) {
        return new NimbusJwtEncoder(sandboxSigningKeys);
    }
}
