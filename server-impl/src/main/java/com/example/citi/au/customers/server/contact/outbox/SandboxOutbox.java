package com.example.citi.au.customers.server.contact.outbox;

import com.example.citi.au.customers.server.domain.CustomerId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Stands in for the SMS and email gateways of the local sandbox: a message is kept for the
 * customer to read through the sandbox outbox operation instead of being delivered.
 */
@Service
public final class SandboxOutbox {

    static final int MAX_MESSAGES = 100;

    private static final Logger log = LoggerFactory.getLogger(SandboxOutbox.class);

    private final SandboxOutboxRepository repository;
    private final String readPath;

    SandboxOutbox(SandboxOutboxRepository repository,
                  @Value("${openapi.australiaCustomers.base-path:/api}") String basePath) {
        this.repository = repository;
        this.readPath = basePath + "/sandbox/v1/otpOutbox";
    }

    /** Keeps the message; the log line names where to read it but never carries its text. */
    public void deliver(CustomerId customer, OutboxMessage message) {
        repository.insert(customer, message);
        log.info("Sandbox outbox: one-time password for control flow {} sent by {} to {}; read it with GET {}",
                message.controlFlowId(), message.channel(), message.maskedDestination(), readPath);
    }

    List<OutboxMessage> messages(CustomerId customer, String controlFlowId) {
        return repository.newestFirst(customer, controlFlowId, MAX_MESSAGES);
    }
}
