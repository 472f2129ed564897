package com.example.citi.au.customers.server.contact.outbox;

import com.example.citi.au.customers.server.generated.api.SandboxApiDelegate;
import com.example.citi.au.customers.server.generated.model.SandboxOutboxResponse;
import com.example.citi.au.customers.server.security.CurrentCaller;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

@Service
final class SandboxOutboxDelegate implements SandboxApiDelegate {

    private final SandboxOutbox outbox;
    private final CurrentCaller currentCaller;

    SandboxOutboxDelegate(SandboxOutbox outbox, CurrentCaller currentCaller) {
        this.outbox = outbox;
        this.currentCaller = currentCaller;
    }

    @Override
    public ResponseEntity<SandboxOutboxResponse> retrieveSandboxOtpOutbox(String authorization, UUID uuid,
            String accept, String clientId, String clientDetails, String controlFlowId) {
        return ResponseEntity.ok(SandboxOutboxMapper.toResponse(outbox.messages(currentCaller.customerId(), controlFlowId)));
    }
}
