package com.example.citi.au.customers.server.security;

import com.example.citi.au.customers.server.domain.CustomerId;
import java.util.Set;

/** Who is calling: the customer the token was issued for, the client it was issued to, and its scopes. */
public record Caller(CustomerId customerId, String clientId, Set<String> scopes) {

    public Caller {
        scopes = Set.copyOf(scopes);
    }
}
