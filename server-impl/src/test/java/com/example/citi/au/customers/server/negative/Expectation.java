package com.example.citi.au.customers.server.negative;

/** What the server must answer to one negative case. */
sealed interface Expectation {

    /**
     * The case breaks the contract: this status with this {@code location} (null: none). When
     * {@code containerMayReject} is set the bytes on the wire are malformed HTTP, which the
     * servlet container may refuse with a bare 400 before the application sees the request.
     */
    record Rejected(int status, String location, boolean containerMayReject) implements Expectation {
    }

    /**
     * The value looks hostile but keeps the schema, so the server may accept it: any spec-valid
     * answer below 500; only a success or a step-up may change the store.
     */
    record Tolerated() implements Expectation {
    }

    static Expectation invalid(String location) {
        return new Rejected(400, location, false);
    }

    static Expectation rejected(int status, String location) {
        return new Rejected(status, location, false);
    }

    static Expectation tolerated() {
        return new Tolerated();
    }

    default Expectation orContainerRejection() {
        return this instanceof Rejected rejected
                ? new Rejected(rejected.status(), rejected.location(), true)
                : this;
    }
}
