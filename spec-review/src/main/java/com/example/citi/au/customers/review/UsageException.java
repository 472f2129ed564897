package com.example.citi.au.customers.review;

/** The command was called wrongly: exit status 2, with the reason. */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
