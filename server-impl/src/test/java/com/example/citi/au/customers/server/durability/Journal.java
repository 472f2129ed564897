package com.example.citi.au.customers.server.durability;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What one load-test client sent, in order: the writes the server acknowledged, and at most one
 * last write that got no answer (the client stops there). After a crash, the customer's stored
 * state must be the acknowledged writes applied, with or without that last one, and nothing in
 * between.
 */
final class Journal {

    private final LoadTestCustomer customer;
    private final List<Write> acknowledged = new ArrayList<>();
    private Write unanswered;

    Journal(LoadTestCustomer customer) {
        this.customer = customer;
    }

    LoadTestCustomer customer() {
        return customer;
    }

    synchronized void acknowledged(Write write) {
        acknowledged.add(write);
    }

    synchronized void unanswered(Write write) {
        unanswered = write;
    }

    synchronized int acknowledgedCount() {
        return acknowledged.size();
    }

    synchronized boolean hasUnanswered() {
        return unanswered != null;
    }

    /** The states the customer may be in: the acknowledged writes applied, and also the unanswered one, if any. */
    synchronized Set<CustomerState> possibleStates() {
        CustomerState afterAcknowledged = CustomerState.seeded(customer);
        for (Write write : acknowledged) {
            afterAcknowledged = write.applyTo(afterAcknowledged);
        }
        return unanswered == null
                ? Set.of(afterAcknowledged)
                : Stream.of(afterAcknowledged, unanswered.applyTo(afterAcknowledged)).collect(Collectors.toSet());
    }

    /** The control flows whose id an answer told the client. */
    synchronized Set<String> namedControlFlows() {
        return possibleStates().stream().flatMap(state -> state.flows().keySet().stream()).collect(Collectors.toSet());
    }
}
