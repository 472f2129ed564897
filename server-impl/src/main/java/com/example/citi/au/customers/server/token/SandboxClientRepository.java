package com.example.citi.au.customers.server.token;

import com.example.citi.au.customers.server.domain.CustomerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the sandbox issuer needs to know: the scopes a client is registered for, and which customers exist. */
@Repository
class SandboxClientRepository {

    private final JdbcClient jdbc;

    SandboxClientRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    GrantedScopes registeredScopes(String clientId) {
        return jdbc.sql("select registered_scopes from api_client where client_id = :clientId")
                .param("clientId", clientId)
                .query(String.class)
                .optional()
                .map(GrantedScopes::parse)
                .orElseGet(() -> GrantedScopes.parse(""));
    }

    boolean customerExists(CustomerId customer) {
        return jdbc.sql("select count(*) from customer where customer_id = :customerId")
                .param("customerId", customer.value())
                .query(Long.class)
                .single() > 0;
    }
}
