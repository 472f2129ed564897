package com.example.citi.au.customers.server.limits;

import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Told of every client authentication of the token call by its authentication manager, before the
 * answer is written: a failure counts against the client_id tried and the caller's address, a
 * success clears the client_id's count.
 */
@Component
public class TokenCallAuthenticationEvents implements AuthenticationEventPublisher {

    private final ClientAuthenticationLockout lockout;

    TokenCallAuthenticationEvents(ClientAuthenticationLockout lockout) {
        this.lockout = lockout;
    }

    @Override
    public void publishAuthenticationSuccess(Authentication authentication) {
        lockout.succeeded(authentication.getName());
    }

    @Override
    public void publishAuthenticationFailure(AuthenticationException exception, Authentication authentication) {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        lockout.failed(authentication.getName(), address);
    }
}
