package com.example.citi.au.customers.client;

/** A request could not be sent or its answer could not be received: nothing is known about its outcome. */
public class CustomersApiConnectionException extends RuntimeException {

    public CustomersApiConnectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
