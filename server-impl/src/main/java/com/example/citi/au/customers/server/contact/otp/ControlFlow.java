package com.example.citi.au.customers.server.contact.otp;

import com.example.citi.au.customers.server.domain.CustomerId;
import java.time.Instant;

/** A pending change and the state of the one-time password journey that completes it. */
record ControlFlow(String id, CustomerId customer, ChangeKind kind, String pendingChange, ControlFlowStatus status,
                   String otpHash, Instant otpExpiresAt, int failedAttempts, int otpSends, Instant expiresAt) {

    /** Throws the error of a flow that can no longer move on: confirmed, locked or expired, in that order. */
    void requireOpenAt(Instant now) {
        if (status == ControlFlowStatus.COMPLETED) {
            throw ControlFlowErrors.completed();
        }
        if (status == ControlFlowStatus.LOCKED) {
            throw ControlFlowErrors.locked(id);
        }
        if (!now.isBefore(expiresAt)) {
            throw ControlFlowErrors.expired();
        }
    }

    boolean hasUsableOtpAt(Instant now) {
        return otpHash != null && otpExpiresAt != null && now.isBefore(otpExpiresAt);
    }
}
