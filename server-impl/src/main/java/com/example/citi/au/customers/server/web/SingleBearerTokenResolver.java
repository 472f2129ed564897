package com.example.citi.au.customers.server.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * Takes the bearer token from the one Authorization header the spec allows, never from the
 * query or the body; more than one header, or one longer than the spec's limit, is no token.
 */
final class SingleBearerTokenResolver implements BearerTokenResolver {

    private static final int MAX_LENGTH = 4096;

    private final DefaultBearerTokenResolver delegate = new DefaultBearerTokenResolver();

    @Override
    public String resolve(HttpServletRequest request) {
        List<String> values = Collections.list(request.getHeaders("Authorization"));
        if (values.size() > 1 || (values.size() == 1 && values.get(0).length() > MAX_LENGTH)) {
            throw new InvalidBearerTokenException("Authorization header is malformed");
        }
        return delegate.resolve(request);
    }
}
