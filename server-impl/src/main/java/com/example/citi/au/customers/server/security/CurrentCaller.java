package com.example.citi.au.customers.server.security;

import com.example.citi.au.customers.server.domain.CustomerId;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The caller of the request being served, as its access token names it. */
@Component
public class CurrentCaller {

    public Caller get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Caller caller) {
            return caller;
        }
        throw new IllegalStateException("no authenticated caller on this request");
    }

    public CustomerId customerId() {
        return get().customerId();
    }
}
