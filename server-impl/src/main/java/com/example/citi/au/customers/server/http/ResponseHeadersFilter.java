package com.example.citi.au.customers.server.http;

import com.example.citi.au.customers.server.request.RequiredHeaders;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;

/**
 * The headers of every API answer, error or not, set before anything can answer: the request's
 * uuid echoed, and what OWASP's REST Security and HTTP Headers cheat sheets ask of an API. Every
 * answer is customer data, a token or an error about them, so none may be stored (Cache-Control),
 * taken for another type than it says (X-Content-Type-Options), shown in a frame
 * (X-Frame-Options, and CSP's frame-ancestors for browsers that only read that), run as a document
 * (CSP default-src 'none': a JSON answer opened in a browser loads and runs nothing), nor named in
 * a Referer when a browser follows a link from it (Referrer-Policy). Strict-Transport-Security
 * tells a browser that reached the API over TLS, as every real deployment is reached, to never
 * use plain HTTP for it again; browsers ignore it over plain HTTP, as on the local sandbox.
 */
final class ResponseHeadersFilter extends HttpFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

    private final PlaygroundPages playground;

    /** The Playground's page and assets get their headers from their own chain. */
    ResponseHeadersFilter(PlaygroundPages playground) {
        this.playground = playground;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!playground.serves(request)) {
            RequiredHeaders.requestUuid(request).ifPresent(uuid -> response.setHeader(RequiredHeaders.UUID, uuid));
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            response.setHeader("Referrer-Policy", "no-referrer");
            response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
        chain.doFilter(request, response);
    }
}
