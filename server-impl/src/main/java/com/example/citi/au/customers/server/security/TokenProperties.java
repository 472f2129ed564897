package com.example.citi.au.customers.server.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What an access token must say to be accepted: who issued it and for which audience. The
 * keys come from {@code spring.security.oauth2.resourceserver.jwt.jwk-set-uri} when the server
 * is pointed at an external issuer, and from the sandbox issuer otherwise.
 */
@ConfigurationProperties("customers.security")
public record TokenProperties(String issuer, String audience) {
}
