package com.example.citi.au.customers.client.errors;

/** 400 Bad Request: a header, parameter or field the contract does not allow; {@link #location()} names it. */
public class BadRequestException extends CustomersApiException {

    public BadRequestException(String message, ErrorAnswer answer) {
        super(message, answer);
    }
}
