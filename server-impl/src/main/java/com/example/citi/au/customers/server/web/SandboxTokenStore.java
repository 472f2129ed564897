package com.example.citi.au.customers.server.web;

import com.example.citi.au.customers.server.domain.CustomerId;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The sandbox's table of issued access tokens. */
@Repository
class SandboxTokenStore {

    private final JdbcClient jdbc;

    SandboxTokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Caller> findCaller(String accessToken) {
        return jdbc.sql("""
                        select customer_id, client_id, scopes from sandbox_access_token
                        where token = :token and expires_at > current_timestamp
                        """)
                .param("token", accessToken)
                .query((rs, row) -> new Caller(
                        new CustomerId(rs.getLong("customer_id")),
                        rs.getString("client_id"),
                        Arrays.stream(rs.getString("scopes").split(" ")).collect(Collectors.toSet())))
                .optional();
    }
}
