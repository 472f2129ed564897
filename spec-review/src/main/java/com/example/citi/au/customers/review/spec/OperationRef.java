package com.example.citi.au.customers.review.spec;

import io.swagger.v3.oas.models.Operation;

/** An operation as a reviewer names it: method, path and operationId. */
public record OperationRef(String method, String path, String operationId) implements Comparable<OperationRef> {

    public static OperationRef of(String method, String path, Operation operation) {
        return new OperationRef(method, path, operation == null ? null : operation.getOperationId());
    }

    public String label() {
        return method + " " + path + (operationId == null ? "" : " (" + operationId + ")");
    }

    @Override
    public int compareTo(OperationRef other) {
        int byPath = path.compareTo(other.path);
        return byPath != 0 ? byPath : method.compareTo(other.method);
    }
}
