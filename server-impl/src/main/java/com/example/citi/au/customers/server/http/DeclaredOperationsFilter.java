package com.example.citi.au.customers.server.http;

import com.example.citi.au.customers.server.problem.ApiErrors;
import com.example.citi.au.customers.server.problem.ErrorResponseWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * Lets through only what the contract declares, before the header checks, so that the answer is
 * the same whatever headers came: a path it does not declare is 404 {@code resourceNotFound}
 * (such as {@code /api/actuator/health}: health and metrics live on the management port only), a
 * declared path called with a method it does not declare is 405 {@code methodNotAllowed} with
 * {@code Allow}. That holds for TRACE, unknown methods, and HEAD and OPTIONS too: Spring MVC
 * would serve HEAD for every GET and answer OPTIONS itself, but the contract declares neither,
 * every answer is {@code no-store} (nothing for HEAD to validate), and the contract, not OPTIONS,
 * says what a path serves. A CORS preflight, when CORS is on, is answered before this filter; the
 * Playground's page and assets are not operations and pass.
 */
final class DeclaredOperationsFilter extends HttpFilter {

    private final ApiOperations operations;
    private final ErrorResponseWriter errorWriter;
    private final PlaygroundPages playground;

    DeclaredOperationsFilter(ApiOperations operations, ErrorResponseWriter errorWriter, PlaygroundPages playground) {
        this.operations = operations;
        this.errorWriter = errorWriter;
        this.playground = playground;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (playground.serves(request)) {
            chain.doFilter(request, response);
            return;
        }
        Set<RequestMethod> allowed = operations.allowedMethods(request);
        if (allowed.isEmpty()) {
            errorWriter.write(response, HttpStatus.NOT_FOUND.value(), ApiErrors.resourceNotFound(null));
            return;
        }
        RequestMethod method = RequestMethod.resolve(request.getMethod());
        if (method == null || !allowed.contains(method)) {
            response.setHeader(HttpHeaders.ALLOW, allowed.stream().map(Enum::name).sorted().collect(Collectors.joining(", ")));
            errorWriter.write(response, HttpStatus.METHOD_NOT_ALLOWED.value(), ApiErrors.methodNotAllowed());
            return;
        }
        chain.doFilter(request, response);
    }
}
