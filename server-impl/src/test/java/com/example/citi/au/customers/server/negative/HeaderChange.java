package com.example.citi.au.customers.server.negative;

/**
 * Sets a request header to a value, removes it (value null), or sends it a second time
 * ({@code repeat}), which only a raw socket can do.
 */
record HeaderChange(String name, String value, boolean repeat) {

    static HeaderChange set(String name, String value) {
        return new HeaderChange(name, value, false);
    }

    static HeaderChange remove(String name) {
        return new HeaderChange(name, null, false);
    }

    static HeaderChange repeat(String name, String value) {
        return new HeaderChange(name, value, true);
    }

    boolean removes() {
        return value == null;
    }
}
