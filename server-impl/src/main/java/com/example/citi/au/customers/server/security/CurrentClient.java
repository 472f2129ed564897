package com.example.citi.au.customers.server.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The client that authenticated with its own credentials, on the sandbox token call. */
@Component
public class CurrentClient {

    public String clientId() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof UsernamePasswordAuthenticationToken client && client.isAuthenticated()) {
            return client.getName();
        }
        throw new IllegalStateException("no client authenticated with its credentials on this request");
    }
}
