package com.example.citi.au.customers.review.client;

import com.example.citi.au.customers.review.spec.OperationRef;

/**
 * An example answer of the head spec that the client generated from the base cannot read: what a
 * consumer who has not regenerated meets at run time.
 */
public record ExampleFailure(OperationRef operation, String status, String example, String javaType, String error) {

    public String describe() {
        return operation.label() + ": response " + status + " example `" + example + "` cannot be read as `" + javaType
                + "` by the client generated from the base (" + error + ") - consumers who have not regenerated "
                + "fail at run time";
    }
}
