package com.example.citi.au.customers.client;

import com.example.citi.au.customers.client.generated.api.OneTimePasswordsApi;
import com.example.citi.au.customers.client.generated.model.OtpSendRequest;
import com.example.citi.au.customers.client.generated.model.OtpSendResponse;
import com.example.citi.au.customers.client.generated.model.OtpValidationRequest;
import com.example.citi.au.customers.client.generated.model.OtpValidationResponse;

/** The operations of the spec's "One-Time Passwords" tag; errors surface as {@link CustomersApiException}. */
public final class OneTimePasswordOperations {

    private final OneTimePasswordsApi api;
    private final GeneratedCalls calls;

    OneTimePasswordOperations(OneTimePasswordsApi api, GeneratedCalls calls) {
        this.api = api;
        this.calls = calls;
    }

    public OtpSendResponse sendOneTimePassword(OtpSendRequest request) {
        return calls.call(() -> api.sendOneTimePassword(request));
    }

    public OtpValidationResponse validateOneTimePassword(OtpValidationRequest request) {
        return calls.call(() -> api.validateOneTimePassword(request));
    }
}
