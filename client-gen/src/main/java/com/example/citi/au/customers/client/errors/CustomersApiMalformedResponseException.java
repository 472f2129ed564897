package com.example.citi.au.customers.client.errors;

/** A success answer whose body cannot be read as the schema the spec promises for it. */
public class CustomersApiMalformedResponseException extends RuntimeException {

    public CustomersApiMalformedResponseException(String message, Throwable cause) {
        super(message, cause);
    }
}
