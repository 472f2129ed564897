package com.example.citi.au.customers.server.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Enforces the scopes the spec names in each operation's security requirement, read from the
 * generated interface's {@link Operation} annotation, so the spec stays the only place they live.
 */
class OperationScopeInterceptor implements HandlerInterceptor {

    private final CurrentCaller currentCaller;
    private final ErrorResponseWriter errorWriter;

    OperationScopeInterceptor(CurrentCaller currentCaller, ErrorResponseWriter errorWriter) {
        this.currentCaller = currentCaller;
        this.errorWriter = errorWriter;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        Operation operation = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), Operation.class);
        if (operation == null) {
            return true;
        }
        if (operation.security().length == 0) {
            return true;
        }
        Caller caller = currentCaller.get();
        boolean allowed = Arrays.stream(operation.security())
                .map(SecurityRequirement::scopes)
                .allMatch(scopes -> caller.scopes().containsAll(Arrays.asList(scopes)));
        if (!allowed) {
            errorWriter.write(response, HttpStatus.FORBIDDEN.value(), ApiErrors.accessNotConfigured());
        }
        return allowed;
    }
}
