package com.example.citi.au.customers.server.domain;

/** The request breaks the specification in a way only the domain can see. */
public final class InvalidRequestException extends RuntimeException {

    private final String location;

    public InvalidRequestException(String location, String details) {
        super(details);
        this.location = location;
    }

    public String location() {
        return location;
    }

    public String details() {
        return getMessage();
    }
}
