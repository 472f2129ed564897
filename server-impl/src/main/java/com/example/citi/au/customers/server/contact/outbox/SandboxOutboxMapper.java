package com.example.citi.au.customers.server.contact.outbox;

import com.example.citi.au.customers.server.generated.model.OtpDeliveryOption;
import com.example.citi.au.customers.server.generated.model.SandboxOutboxMessage;
import com.example.citi.au.customers.server.generated.model.SandboxOutboxResponse;
import java.time.ZoneOffset;
import java.util.List;

final class SandboxOutboxMapper {

    private SandboxOutboxMapper() {
    }

    static SandboxOutboxResponse toResponse(List<OutboxMessage> messages) {
        return new SandboxOutboxResponse().messages(messages.stream().map(SandboxOutboxMapper::toMessage).toList());
    }

    private static SandboxOutboxMessage toMessage(OutboxMessage message) {
        return new SandboxOutboxMessage(message.controlFlowId(), OtpDeliveryOption.fromValue(message.channel()),
                message.maskedDestination(), message.text(), message.sentAt().atOffset(ZoneOffset.UTC));
    }
}
