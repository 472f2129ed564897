package com.example.citi.au.customers.server.contact.otp;

/** What a control flow's pending change updates; a flow is confirmed only at its own kind's endpoint. */
public enum ChangeKind {
    EMAIL,
    PHONE
}
