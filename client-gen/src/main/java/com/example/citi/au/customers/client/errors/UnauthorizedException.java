package com.example.citi.au.customers.client.errors;

/** 401: the access token was missing, expired or not accepted, also after the client fetched a new one. */
public class UnauthorizedException extends CustomersApiException {

    public UnauthorizedException(String message, ErrorAnswer answer) {
        super(message, answer);
    }
}
