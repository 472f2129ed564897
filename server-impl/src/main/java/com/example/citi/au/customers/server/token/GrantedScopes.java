package com.example.citi.au.customers.server.token;

import java.util.Arrays;
import java.util.List;

/** OAuth 2.0 scopes, each once, kept in the order they were given. */
record GrantedScopes(List<String> scopes) {

    GrantedScopes {
        scopes = scopes.stream().distinct().toList();
    }

    static GrantedScopes parse(String spaceSeparated) {
        return new GrantedScopes(Arrays.stream(spaceSeparated.trim().split(" +")).filter(scope -> !scope.isEmpty()).toList());
    }

    boolean isEmpty() {
        return scopes.isEmpty();
    }

    boolean includes(GrantedScopes other) {
        return scopes.containsAll(other.scopes);
    }

    String spaceSeparated() {
        return String.join(" ", scopes);
    }
}
