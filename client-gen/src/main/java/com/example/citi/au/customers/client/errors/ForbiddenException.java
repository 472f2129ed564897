package com.example.citi.au.customers.client.errors;

/** 403: the client or its token may not call this operation (other than a step-up). */
public class ForbiddenException extends CustomersApiException {

    public ForbiddenException(String message, ErrorAnswer answer) {
        super(message, answer);
    }
}
