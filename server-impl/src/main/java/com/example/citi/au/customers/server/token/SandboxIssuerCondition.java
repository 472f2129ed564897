package com.example.citi.au.customers.server.token;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The sandbox issues its own tokens unless the server is pointed at an external issuer's keys.
 * The sandbox's other helpers, the Playground and the customer reset, exist only alongside it.
 */
public final class SandboxIssuerCondition implements Condition {

    static final String EXTERNAL_JWK_SET_URI = "spring.security.oauth2.resourceserver.jwt.jwk-set-uri";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return !StringUtils.hasText(context.getEnvironment().getProperty(EXTERNAL_JWK_SET_URI));
    }
}
