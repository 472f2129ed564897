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

    /**
     * The value is exactly at a bound of the field at {@code location} and keeps every other rule of
     * the schema (the example's own content where it can): the server must not refuse it there with
     * a 400. Any other spec-valid answer below 500 will do; only a success or a step-up may change the store.
     */
    record AtLimit(String location) implements Expectation {
    }

    /**
     * A list-valued field (RFC 9110, section 5.3) sent on two lines, which means the same as one
     * line with the values joined by a comma: the server must answer as it answers the valid
     * request, so with neither a 400 nor a 5xx; like the valid request, it may change the store.
     */
    record SameAsOneLine() implements Expectation {
    }

    static Expectation sameAsOneLine() {
        return new SameAsOneLine();
    }

    /** The path does not serve the method: 405 {@code methodNotAllowed} with {@code Allow} naming exactly these methods. */
    record MethodNotAllowed(java.util.Set<String> allowed) implements Expectation {
    }

    static Expectation methodNotAllowed(java.util.Set<String> allowed) {
        return new MethodNotAllowed(java.util.Set.copyOf(allowed));
    }

    static Expectation atLimit(String location) {
        return new AtLimit(location);
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
