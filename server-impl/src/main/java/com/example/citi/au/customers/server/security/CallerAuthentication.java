package com.example.citi.au.customers.server.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An accepted access token, reduced to the caller it names; the token itself is not kept. */
final class CallerAuthentication extends AbstractAuthenticationToken {

    private final Caller caller;

    CallerAuthentication(Caller caller, Collection<? extends GrantedAuthority> authorities) {
        super(authorities);
        this.caller = caller;
        setAuthenticated(true);
    }

    /** The caller's scopes as authorities, named as Spring Security names them: {@code SCOPE_} and the scope. */
    static List<GrantedAuthority> authoritiesOf(Caller caller) {
        return caller.scopes().stream().<GrantedAuthority>map(scope -> new SimpleGrantedAuthority("SCOPE_" + scope)).toList();
    }

    @Override
    public Caller getPrincipal() {
        return caller;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public String getName() {
        return String.valueOf(caller.customerId().value());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CallerAuthentication that && caller.equals(that.caller);
    }

    @Override
    public int hashCode() {
        return caller.hashCode();
    }
}
