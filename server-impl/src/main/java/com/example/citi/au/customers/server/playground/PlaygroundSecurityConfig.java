package com.example.citi.au.customers.server.playground;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The Playground's page and assets are public: a browser fetches them without a token. Their
 * Content-Security-Policy lets the page load and call nothing but this server, run no inline
 * script or style and evaluate no strings, and be framed by no page. The chain exists with an
 * external issuer too, where the page is not served, so that its paths answer 404 rather than 401.
 */
@Configuration
class PlaygroundSecurityConfig {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private final String playgroundPath;

    PlaygroundSecurityConfig(@Value("${openapi.australiaCustomers.base-path:/api}") String basePath) {
        this.playgroundPath = basePath + PlaygroundController.PATH;
    }

    /** Before the API's chains, which would ask for a token. */
    @Bean
    @Order(0)
    SecurityFilterChain playgroundSecurity(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(playgroundPath, playgroundPath + "/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .build();
    }
}
