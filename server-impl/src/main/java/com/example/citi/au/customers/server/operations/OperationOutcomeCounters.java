package com.example.citi.au.customers.server.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import org.springframework.http.server.observation.ServerRequestObservationContext;

/**
 * Counts what the answers of the sensitive operations told their callers: one-time passwords sent
 * ({@code customers.otp.sends}), access tokens issued ({@code customers.tokens.issued}) and token
 * calls refused ({@code customers.tokens.failures}, by status: 400 a bad request, 401 wrong client
 * credentials, 429 a limit). Counted from the answer, as both operations commit before they answer
 * 200: a password counted here was stored and put in the outbox, a token counted was handed out.
 */
final class OperationOutcomeCounters implements ObservationHandler<ServerRequestObservationContext> {

    static final String SEND_OTP = "sendOneTimePassword";
    static final String ISSUE_TOKEN = "issueSandboxAccessToken";

    private final MeterRegistry registry;
    private final OperationRequestConvention convention;
    private final Counter otpSends;
    private final Counter tokensIssued;

    OperationOutcomeCounters(MeterRegistry registry, OperationRequestConvention convention) {
        this.registry = registry;
        this.convention = convention;
        this.otpSends = Counter.builder("customers.otp.sends")
                .description("One-time passwords sent (answered 200 by sendOneTimePassword)")
                .register(registry);
        this.tokensIssued = Counter.builder("customers.tokens.issued")
                .description("Access tokens issued by the sandbox token call")
                .register(registry);
    }

    @Override
    public void onStop(ServerRequestObservationContext context) {
        if (context.getResponse() == null) {
            return;
        }
        int status = context.getResponse().getStatus();
        switch (convention.operationId(context)) {
            case SEND_OTP -> {
                if (status == 200) {
                    otpSends.increment();
                }
            }
            case ISSUE_TOKEN -> {
                if (status == 200) {
                    tokensIssued.increment();
                } else if (status >= 400 && status < 500) {
                    Counter.builder("customers.tokens.failures")
                            .description("Sandbox token calls refused, by status")
                            .tag("status", String.valueOf(status))
                            .register(registry)
                            .increment();
                }
            }
            default -> {
            }
        }
    }

    @Override
    public boolean supportsContext(Observation.Context context) {
        return context instanceof ServerRequestObservationContext;
    }
}
