package com.example.citi.au.customers.server.token;

import java.time.Duration;

/** A signed access token and what it allows, as the token response describes it. */
record IssuedToken(String accessToken, Duration lifetime, GrantedScopes scopes) {

    @Override
    public String toString() {
        return "IssuedToken[accessToken=***, lifetime=" + lifetime + ", scopes=" + scopes + "]";
    }
}
