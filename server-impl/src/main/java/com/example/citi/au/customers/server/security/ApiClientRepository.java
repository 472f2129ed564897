package com.example.citi.au.customers.server.security;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Repository;

/** The registered API clients: their hashed secrets, for client authentication, and whether they are partners. */
@Repository
class ApiClientRepository {

    private final JdbcClient jdbc;

    ApiClientRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The client as HTTP Basic authentication sees it, with its hashed secret. A client without
     * a secret cannot authenticate here; it gets its tokens from an external issuer.
     */
    UserDetails loadClient(String clientId) {
        return jdbc.sql("select client_secret_hash from api_client where client_id = :clientId and client_secret_hash is not null")
                .param("clientId", clientId)
                .query(String.class)
                .optional()
                .map(secretHash -> User.withUsername(clientId).password(secretHash).build())
                .orElseThrow(() -> new UsernameNotFoundException("unknown client"));
    }

    boolean isPartner(String clientId) {
        Optional<Boolean> partner = jdbc.sql("select partner from api_client where client_id = :clientId")
                .param("clientId", clientId)
                .query(Boolean.class)
                .optional();
        return partner.orElse(false);
    }
}
