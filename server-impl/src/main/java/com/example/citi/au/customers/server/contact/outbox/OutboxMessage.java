package com.example.citi.au.customers.server.contact.outbox;

import java.time.Instant;

/** A message the sandbox would have delivered; channel is SMS or EMAIL. */
public record OutboxMessage(String controlFlowId, String channel, String maskedDestination, String text,
                            Instant sentAt) {
}
