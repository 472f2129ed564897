package com.example.citi.au.customers.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Enumeration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * An Authorization header with characters no credential has (anything but printable ASCII) is a
 * malformed credential, answered 401 like any other; without this, Spring Security's firewall
 * would refuse the request as a whole with a bare 400.
 */
final class UnreadableCredentialsFilter extends HttpFilter {

    private final AuthenticationEntryPoint entryPoint;

    UnreadableCredentialsFilter(AuthenticationEntryPoint entryPoint) {
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean unreadable = false;
        for (Enumeration<String> values = request.getHeaders(HttpHeaders.AUTHORIZATION); values.hasMoreElements(); ) {
            unreadable |= !HeaderValueRule.printableAscii(values.nextElement(), false);
        }
        if (unreadable) {
            entryPoint.commence(request, response, new BadCredentialsException("Authorization is not printable ASCII"));
            return;
        }
        chain.doFilter(request, response);
    }
}
