package com.example.citi.au.customers.server.web;

import com.example.citi.au.customers.server.domain.CustomerId;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** The caller of the request being served, as the token filter resolved it. */
@Component
public class CurrentCaller {

    static final String ATTRIBUTE = Caller.class.getName();

    public Caller get() {
        RequestAttributes attributes = RequestContextHolder.currentRequestAttributes();
        Caller caller = (Caller) attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (caller == null) {
            throw new IllegalStateException("no authenticated caller on this request");
        }
        return caller;
    }

    public CustomerId customerId() {
        return get().customerId();
    }
}
