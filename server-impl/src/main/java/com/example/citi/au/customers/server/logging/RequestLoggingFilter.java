package com.example.citi.au.customers.server.logging;

import com.example.citi.au.customers.server.request.RequiredHeaders;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs before every filter that logs: tags every log line of a request with its uuid (MDC key {@code uuid}) and logs
 * one line per request with its method, path, status and duration. Never headers or bodies.
 */
class RequestLoggingFilter extends HttpFilter {

    static final String MDC_UUID = "uuid";

    private static final Logger log = LoggerFactory.getLogger(RequestLoggingFilter.class);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RequiredHeaders.requestUuid(request).ifPresent(uuid -> MDC.put(MDC_UUID, uuid));
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            log.info("{} {} answered {} in {} ms", request.getMethod(), request.getRequestURI(), response.getStatus(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            MDC.remove(MDC_UUID);
        }
    }
}
