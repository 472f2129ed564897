package com.example.citi.au.customers.server.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Resolves the bearer token to a caller. No request without a known token, issued to the
 * client named in client_id, reaches a controller.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final Pattern BEARER = Pattern.compile("^Bearer ([A-Za-z0-9\\-._~+/]+=*)$");
    private static final int MAX_LENGTH = 4096;

    private final SandboxTokenStore tokens;
    private final ErrorResponseWriter errorWriter;
    private final String basePath;

    BearerTokenFilter(SandboxTokenStore tokens, ErrorResponseWriter errorWriter, String basePath) {
        this.tokens = tokens;
        this.errorWriter = errorWriter;
        this.basePath = basePath;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Caller> caller = accessToken(request).flatMap(tokens::findCaller);
        if (caller.isEmpty()) {
            errorWriter.write(response, HttpStatus.UNAUTHORIZED.value(), ApiErrors.unauthorized(unauthorizedWording(request)));
            return;
        }
        if (!caller.get().clientId().equals(request.getHeader(RequiredHeaders.CLIENT_ID))) {
            errorWriter.write(response, HttpStatus.FORBIDDEN.value(), ApiErrors.accessNotConfigured());
            return;
        }
        request.setAttribute(CurrentCaller.ATTRIBUTE, caller.get());
        chain.doFilter(request, response);
    }

    private static Optional<String> accessToken(HttpServletRequest request) {
        List<String> values = Collections.list(request.getHeaders("Authorization"));
        if (values.size() != 1 || values.get(0).length() > MAX_LENGTH) {
            return Optional.empty();
        }
        var matcher = BEARER.matcher(values.get(0));
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** The portal page words the 401 row in the singular for these two reads only. */
    private String unauthorizedWording(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length() + basePath.length());
        boolean singular = "GET".equals(request.getMethod())
                && (path.equals("/v1/customers/profiles/basic") || path.equals("/v1/customers/profiles/emails"));
        return singular ? ApiErrors.CREDENTIAL_MISSING_OR_INVALID : ApiErrors.CREDENTIALS_MISSING_OR_INVALID;
    }
}
