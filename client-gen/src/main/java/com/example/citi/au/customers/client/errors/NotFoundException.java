package com.example.citi.au.customers.client.errors;

/** 404: the resource, or the control flow, does not exist for this customer. */
public class NotFoundException extends CustomersApiException {

    public NotFoundException(String message, ErrorAnswer answer) {
        super(message, answer);
    }
}
