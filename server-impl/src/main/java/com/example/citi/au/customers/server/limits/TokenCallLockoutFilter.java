package com.example.citi.au.customers.server.limits;

import com.example.citi.au.customers.server.domain.RateLimitExceededException;
import com.example.citi.au.customers.server.problem.ApiErrors;
import com.example.citi.au.customers.server.problem.ErrorResponseWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * Refuses the token call of a locked-out client_id or address with 429 before Spring Security
 * checks its secret. The client_id is the HTTP Basic user name, the one whose secret is tried.
 */
final class TokenCallLockoutFilter extends HttpFilter {

    private static final String BASIC = "basic ";

    private final ClientAuthenticationLockout lockout;
    private final ErrorResponseWriter errorWriter;

    TokenCallLockoutFilter(ClientAuthenticationLockout lockout, ErrorResponseWriter errorWriter) {
        this.lockout = lockout;
        this.errorWriter = errorWriter;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<RateLimitExceededException> refusal =
                lockout.refusal(basicUserName(request.getHeader(HttpHeaders.AUTHORIZATION)), request.getRemoteAddr());
        if (refusal.isPresent()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refusal.get().retryAfterSeconds()));
            errorWriter.write(response, HttpStatus.TOO_MANY_REQUESTS.value(), ApiErrors.rateLimitExceeded(refusal.get().details()));
            return;
        }
        chain.doFilter(request, response);
    }

    /** The user name of HTTP Basic credentials, as Spring Security reads it; null for anything else. */
    static String basicUserName(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return null;
        }
        try {
            String credentials = new String(Base64.getDecoder().decode(authorization.substring(BASIC.length()).trim()),
                    StandardCharsets.UTF_8);
            int colon = credentials.indexOf(':');
            return colon < 0 ? null : credentials.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
