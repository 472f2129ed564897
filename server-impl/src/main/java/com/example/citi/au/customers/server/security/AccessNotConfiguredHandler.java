package com.example.citi.au.customers.server.security;

import com.example.citi.au.customers.server.problem.ApiErrors;
import com.example.citi.au.customers.server.problem.ErrorResponseWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/** Answers an authenticated request its credentials do not allow with the spec's 403 {@code accessNotConfigured}. */
final class AccessNotConfiguredHandler implements AccessDeniedHandler {

    private final ErrorResponseWriter errorWriter;

    AccessNotConfiguredHandler(ErrorResponseWriter errorWriter) {
        this.errorWriter = errorWriter;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        errorWriter.write(response, HttpStatus.FORBIDDEN.value(), ApiErrors.accessNotConfigured());
    }
}
