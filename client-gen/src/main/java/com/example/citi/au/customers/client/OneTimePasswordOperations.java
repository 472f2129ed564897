package com.example.citi.au.customers.client;

import com.example.citi.au.customers.client.generated.api.OneTimePasswordsApi;
import com.example.citi.au.customers.client.generated.model.OtpSendRequest;
import com.example.citi.au.customers.client.generated.model.OtpSendResponse;
import com.example.citi.au.customers.client.generated.model.OtpValidationRequest;
import com.example.citi.au.customers.client.generated.model.OtpValidationResponse;
import com.example.citi.au.customers.client.retries.IdempotencyKey;

/** The operations of the spec's "One-Time Passwords" tag; errors surface as the exceptions of {@code errors}, each named for what the answer means. */
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

    /** As {@link #sendOneTimePassword(OtpSendRequest)}, with a key of your own: repeating the call with it later applies the write once. */
    public OtpSendResponse sendOneTimePassword(OtpSendRequest request, IdempotencyKey key) {
        return calls.call(() -> api.sendOneTimePassword(request, GeneratedCalls.keyed(key)));
    }

    public OtpValidationResponse validateOneTimePassword(OtpValidationRequest request) {
        return calls.call(() -> api.validateOneTimePassword(request));
    }

    /** As {@link #validateOneTimePassword(OtpValidationRequest)}, with a key of your own: repeating the call with it later applies the write once. */
    public OtpValidationResponse validateOneTimePassword(OtpValidationRequest request, IdempotencyKey key) {
        return calls.call(() -> api.validateOneTimePassword(request, GeneratedCalls.keyed(key)));
    }
}
