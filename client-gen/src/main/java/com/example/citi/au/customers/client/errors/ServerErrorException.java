package com.example.citi.au.customers.client.errors;

/** 500 and other 5xx answers that no retry can cure. */
public class ServerErrorException extends CustomersApiException {

    public ServerErrorException(String message, ErrorAnswer answer) {
        super(message, answer);
    }
}
