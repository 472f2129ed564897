package com.example.citi.au.customers.server.domain;

/** The resource does not exist, or is not the caller's: both answer alike so nothing leaks. */
public final class ResourceNotFoundException extends RuntimeException {

    private final String location;

    public ResourceNotFoundException(String location) {
        super("resource not found: " + location);
        this.location = location;
    }

    public String location() {
        return location;
    }
}
