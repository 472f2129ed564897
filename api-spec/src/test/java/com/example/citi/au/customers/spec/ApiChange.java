package com.example.citi.au.customers.spec;

/**
 * One change a consumer of an operation can notice: what changed, and why it does or does not
 * break a client written against the old spec.
 */
record ApiChange(OperationRef operation, boolean breaking, String what, String why) {

    String describe() {
        return operation.label() + ": " + what + " - " + why;
    }
}
