package com.example.citi.au.customers.server.security;

import com.example.citi.au.customers.server.request.RequiredHeaders;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Allows a request only when its {@code client_id} header names the client its credentials
 * belong to: the client an access token was issued to, or the client that authenticated itself.
 * A partner rule may further require that client to be a registered partner.
 */
final class ClientMatchesCredentials implements AuthorizationManager<RequestAuthorizationContext> {

    private final ApiClientRepository clients;
    private final boolean partnerOnly;

    private ClientMatchesCredentials(ApiClientRepository clients, boolean partnerOnly) {
        this.clients = clients;
        this.partnerOnly = partnerOnly;
    }

    static ClientMatchesCredentials anyClient(ApiClientRepository clients) {
        return new ClientMatchesCredentials(clients, false);
    }

    static ClientMatchesCredentials partnerClient(ApiClientRepository clients) {
        return new ClientMatchesCredentials(clients, true);
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
                                         RequestAuthorizationContext context) {
        Authentication credentials = authentication.get();
        if (credentials == null || !credentials.isAuthenticated() || credentials instanceof AnonymousAuthenticationToken) {
            return new AuthorizationDecision(false);
        }
        String client = credentials.getPrincipal() instanceof Caller caller ? caller.clientId() : credentials.getName();
        List<String> named = Collections.list(context.getRequest().getHeaders(RequiredHeaders.CLIENT_ID));
        boolean matches = named.size() == 1 && named.get(0).equals(client);
        return new AuthorizationDecision(matches && (!partnerOnly || clients.isPartner(client)));
    }
}
