package com.example.citi.au.customers.server.token;

import com.example.citi.au.customers.server.domain.InvalidRequestException;
import com.example.citi.au.customers.server.domain.ResourceNotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The sandbox's token call: an authenticated client gets a token for a sandbox customer with
 * scopes it is registered for. Refusals follow OAuth 2.0 ({@code unsupported_grant_type},
 * {@code invalid_request}, {@code invalid_scope}), in the spec's 400 shape.
 */
@Service
class SandboxTokenService {

    static final String CLIENT_CREDENTIALS = "client_credentials";

    private final SandboxClientRepository clients;
    private final ObjectProvider<SandboxTokenIssuer> issuer;

    SandboxTokenService(SandboxClientRepository clients, ObjectProvider<SandboxTokenIssuer> issuer) {
        this.clients = clients;
        this.issuer = issuer;
    }

    IssuedToken issue(String clientId, TokenRequest request) {
        SandboxTokenIssuer sandboxIssuer = issuer.getIfAvailable();
        if (sandboxIssuer == null) {
            throw new ResourceNotFoundException(null);
        }
        if (!CLIENT_CREDENTIALS.equals(request.grantType())) {
            throw new InvalidRequestException("grant_type", "only client_credentials is supported");
        }
        if (!clients.customerExists(request.customer())) {
            throw new InvalidRequestException("customer", "no such sandbox customer");
        }
        GrantedScopes registered = clients.registeredScopes(clientId);
        GrantedScopes wanted = request.scope() == null ? registered : GrantedScopes.parse(request.scope());
        if (wanted.isEmpty() || !registered.includes(wanted)) {
            throw new InvalidRequestException("scope", "the client is not registered for every scope asked for");
        }
        return sandboxIssuer.issue(clientId, request.customer(), wanted);
    }
}
