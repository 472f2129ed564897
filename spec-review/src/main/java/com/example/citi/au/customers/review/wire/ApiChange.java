package com.example.citi.au.customers.review.wire;

import com.example.citi.au.customers.review.spec.OperationRef;

/**
 * One change a consumer of an operation can notice: what changed, how much it matters, and why it
 * does or does not break a client written against the old spec.
 */
public record ApiChange(OperationRef operation, Level level, String what, String why) {

    /** How a change reaches the consumers of the old spec. */
    public enum Level {
        /** a client written against the old spec fails */
        BREAKING,
        /** it keeps working, but may behave differently or stop working later */
        WARNING,
        /** it keeps working */
        COMPATIBLE,
        /** descriptions or examples only; nothing changes on the wire */
        DOCUMENTATION
    }

    public boolean breaking() {
        return level == Level.BREAKING;
    }

    public String describe() {
        return operation.label() + ": " + what + " - " + why;
    }
}
