package com.example.citi.au.customers.server.durability;

/** A control flow as stored: its status, whether it holds a password, and how many messages carried one. */
record FlowState(String status, boolean holdsPassword, int messages) {

    static final FlowState HELD = new FlowState("PENDING", false, 0);
    static final FlowState PASSWORD_SENT = new FlowState("PENDING", true, 1);
    static final FlowState VALIDATED = new FlowState("VALIDATED", false, 1);
    static final FlowState COMPLETED = new FlowState("COMPLETED", false, 1);
}
