package com.example.citi.au.customers.server.security;

import com.example.citi.au.customers.server.problem.ApiErrors;
import com.example.citi.au.customers.server.problem.DatabaseUnavailable;
import com.example.citi.au.customers.server.problem.ErrorResponseWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers a request without acceptable credentials with the spec's 401 {@code unAuthorized}; a
 * client whose credentials could not be checked because the database is unreachable gets 503
 * {@code serverUnavailable} instead, never a 401 that would tell it its secret is wrong.
 */
final class UnauthorizedEntryPoint implements AuthenticationEntryPoint {

    private final ErrorResponseWriter errorWriter;
    private final String basePath;

    UnauthorizedEntryPoint(ErrorResponseWriter errorWriter, String basePath) {
        this.errorWriter = errorWriter;
        this.basePath = basePath;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof InternalAuthenticationServiceException && DatabaseUnavailable.isCause(e)) {
            response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
            errorWriter.write(response, HttpStatus.SERVICE_UNAVAILABLE.value(), ApiErrors.serverUnavailable());
            return;
        }
        errorWriter.write(response, HttpStatus.UNAUTHORIZED.value(), ApiErrors.unauthorized(wording(request)));
    }

    /** The portal page words the 401 row in the singular for these two reads only. */
    private String wording(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length() + basePath.length());
        boolean singular = "GET".equals(request.getMethod())
                && (path.equals("/v1/customers/profiles/basic") || path.equals("/v1/customers/profiles/emails"));
        return singular ? ApiErrors.CREDENTIAL_MISSING_OR_INVALID : ApiErrors.CREDENTIALS_MISSING_OR_INVALID;
    }
}
