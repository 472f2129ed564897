package com.example.citi.au.customers.server.reset;

import com.example.citi.au.customers.server.domain.CustomerId;
import com.example.citi.au.customers.server.generated.api.SandboxResetApiDelegate;
import com.example.citi.au.customers.server.generated.model.SandboxResetResponse;
import com.example.citi.au.customers.server.security.CurrentCaller;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

@Service
final class SandboxResetDelegate implements SandboxResetApiDelegate {

    private final SandboxReset reset;
    private final CurrentCaller currentCaller;

    SandboxResetDelegate(SandboxReset reset, CurrentCaller currentCaller) {
        this.reset = reset;
        this.currentCaller = currentCaller;
    }

    @Override
    public ResponseEntity<SandboxResetResponse> resetSandboxCustomer(String authorization, UUID uuid, String accept,
                                                                     String clientId, String clientDetails,
                                                                     String idempotencyKey) {
        CustomerId customer = currentCaller.customerId();
        return ResponseEntity.ok(new SandboxResetResponse(customer.value(),
                reset.reset(customer).atOffset(ZoneOffset.UTC)));
    }
}
