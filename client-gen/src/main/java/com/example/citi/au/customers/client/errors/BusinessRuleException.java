package com.example.citi.au.customers.client.errors;

/** 422: the request is well formed but breaks a business rule; {@link #code()} names the rule. */
public class BusinessRuleException extends CustomersApiException {

    public BusinessRuleException(String message, ErrorAnswer answer) {
        super(message, answer);
    }
}
