package com.example.citi.au.customers.review.client;

import com.example.citi.au.customers.review.spec.OperationRef;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One change of the generated client that breaks its consumers' code, as they meet it: a method gone,
 * a getter of another type. {@code operations} are the operations whose callers meet it; none for the
 * client's shared classes.
 *
 * @param compiles whether code written against the old client still compiles against the new one
 */
public record ClientChange(Set<OperationRef> operations, String what, boolean compiles) {

    public String consequence() {
        return compiles ? "code built against the old client fails at run time until it is rebuilt"
                : "code written against the old client no longer compiles";
    }

    public String describe() {
        String where = operations.isEmpty() ? "client"
                : operations.stream().map(OperationRef::label).collect(Collectors.joining(", "));
        return where + ": " + what + " - " + consequence();
    }
}
