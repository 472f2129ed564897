package com.example.citi.au.customers.server.request;

import com.example.citi.au.customers.server.problem.ApiErrors;
import com.example.citi.au.customers.server.problem.ErrorResponseWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * Checks the headers every operation requires (apart from Authorization) before anything else
 * runs, echoes the request's uuid on the response and forbids caching it (every answer is
 * either customer data, a token or an error about them), guessing its type, or showing it in
 * a frame.
 */
class RequiredHeadersFilter extends HttpFilter {

    private static final String NO_STORE = "no-store";
    private static final String X_CONTENT_TYPE_OPTIONS = "X-Content-Type-Options";
    private static final String NO_SNIFF = "nosniff";
    private static final String X_FRAME_OPTIONS = "X-Frame-Options";
    private static final String DENY = "DENY";

    private final ErrorResponseWriter errorWriter;
    private final String playgroundPath;

    /**
     * The Playground's page and assets under {@code playgroundPath} are fetched by a browser, which
     * sends none of these headers; their security chain sets the headers of their answers.
     */
    RequiredHeadersFilter(ErrorResponseWriter errorWriter, String playgroundPath) {
        this.errorWriter = errorWriter;
        this.playgroundPath = playgroundPath;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getServletPath();
        if (path.equals(playgroundPath) || path.startsWith(playgroundPath + "/")) {
            chain.doFilter(request, response);
            return;
        }
        RequiredHeaders.requestUuid(request).ifPresent(uuid -> response.setHeader(RequiredHeaders.UUID, uuid));
        response.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
        response.setHeader(X_CONTENT_TYPE_OPTIONS, NO_SNIFF);
        response.setHeader(X_FRAME_OPTIONS, DENY);
        Optional<String> invalidHeader = RequiredHeaders.firstInvalid(request);
        if (invalidHeader.isPresent()) {
            errorWriter.write(response, HttpStatus.BAD_REQUEST.value(), ApiErrors.invalidRequest(invalidHeader.get()));
            return;
        }
        chain.doFilter(request, response);
    }
}
