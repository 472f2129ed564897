package com.example.citi.au.customers.spec;

import io.swagger.v3.oas.models.Operation;

/** An operation as a reviewer names it: method, path and operationId. */
record OperationRef(String method, String path, String operationId) implements Comparable<OperationRef> {

    static OperationRef of(String method, String path, Operation operation) {
        return new OperationRef(method, path, operation == null ? null : operation.getOperationId());
    }

    String label() {
        return method + " " + path + (operationId == null ? "" : " (" + operationId + ")");
    }

    @Override
    public int compareTo(OperationRef other) {
        int byPath = path.compareTo(other.path);
        return byPath != 0 ? byPath : method.compareTo(other.method);
    }
}
