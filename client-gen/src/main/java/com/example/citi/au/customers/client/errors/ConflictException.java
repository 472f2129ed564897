package com.example.citi.au.customers.client.errors;

/** 409: the request conflicts with the resource's state (the server's "same key still running" 409 is retried, and only surfaces here once the retries are spent). */
public class ConflictException extends CustomersApiException {

    public ConflictException(String message, ErrorAnswer answer) {
        super(message, answer);
    }
}
