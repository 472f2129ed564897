package com.example.citi.au.customers.server.contact.otp;

enum ControlFlowStatus {
    PENDING,
    VALIDATED,
    COMPLETED,
    LOCKED
}
