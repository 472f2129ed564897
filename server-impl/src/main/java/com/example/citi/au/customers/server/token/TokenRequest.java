package com.example.citi.au.customers.server.token;

import com.example.citi.au.customers.server.domain.CustomerId;

/** A client-credentials token request for a sandbox customer; {@code scope} null means every registered scope. */
record TokenRequest(String grantType, CustomerId customer, String scope) {
}
