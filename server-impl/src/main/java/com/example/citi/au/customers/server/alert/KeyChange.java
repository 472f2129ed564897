package com.example.citi.au.customers.server.alert;

/** What a request does to a nullable key: keep it, clear it, or set it. */
record KeyChange(boolean given, Long key) {

    static KeyChange keep() {
        return new KeyChange(false, null);
    }

    static KeyChange clear() {
        return new KeyChange(true, null);
    }

    static KeyChange to(long key) {
        return new KeyChange(true, key);
    }

    boolean setsAKey() {
        return given && key != null;
    }

    Long applyTo(Long current) {
        return given ? key : current;
    }
}
