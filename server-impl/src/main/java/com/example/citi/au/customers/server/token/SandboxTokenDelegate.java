package com.example.citi.au.customers.server.token;

import com.example.citi.au.customers.server.domain.CustomerId;
import com.example.citi.au.customers.server.generated.api.SandboxTokensApiDelegate;
import com.example.citi.au.customers.server.generated.model.SandboxTokenResponse;
import com.example.citi.au.customers.server.security.CurrentClient;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

@Service
final class SandboxTokenDelegate implements SandboxTokensApiDelegate {

    private final SandboxTokenService tokens;
    private final CurrentClient currentClient;

    SandboxTokenDelegate(SandboxTokenService tokens, CurrentClient currentClient) {
        this.tokens = tokens;
        this.currentClient = currentClient;
    }

    @Override
    public ResponseEntity<SandboxTokenResponse> issueSandboxAccessToken(String authorization, UUID uuid, String accept,
            String clientId, String contentType, String grantType, Long customer, String scope) {
        TokenRequest request = new TokenRequest(grantType, new CustomerId(customer), scope);
        return ResponseEntity.ok(SandboxTokenMapper.toResponse(tokens.issue(currentClient.clientId(), request)));
    }
}
