package com.example.citi.au.customers.client.errors;

/** 422 otpExpired: the one-time password expired or was used; send a new one for the same flow. */
public class OneTimePasswordExpiredException extends BusinessRuleException {

    public OneTimePasswordExpiredException(String message, ErrorAnswer answer) {
        super(message, answer);
    }
}
