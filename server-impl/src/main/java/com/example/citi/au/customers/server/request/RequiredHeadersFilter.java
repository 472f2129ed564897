package com.example.citi.au.customers.server.request;

import com.example.citi.au.customers.server.http.PlaygroundPages;
import com.example.citi.au.customers.server.problem.ApiErrors;
import com.example.citi.au.customers.server.problem.ErrorResponseWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpStatus;

/**
 * Checks the headers every operation requires (apart from Authorization) before anything else
 * reads them; the headers of the answer are set before, by {@code http.ResponseHeadersFilter}.
 */
class RequiredHeadersFilter extends HttpFilter {

    private final ErrorResponseWriter errorWriter;
    private final PlaygroundPages playground;

    /**
     * The Playground's page and assets are fetched by a browser, which
     * sends none of these headers; their security chain sets the headers of their answers.
     */
    RequiredHeadersFilter(ErrorResponseWriter errorWriter, PlaygroundPages playground) {
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
        Optional<String> invalidHeader = RequiredHeaders.firstInvalid(request);
        if (invalidHeader.isPresent()) {
            errorWriter.write(response, HttpStatus.BAD_REQUEST.value(), ApiErrors.invalidRequest(invalidHeader.get()));
            return;
        }
        chain.doFilter(request, response);
    }
}
