package com.example.citi.au.customers.client.errors;

import com.example.citi.au.customers.client.generated.model.ErrorResponse;
import com.example.citi.au.customers.client.generated.model.MoreInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Customers API answered with an error status, after every retry the client was allowed. Catch one of
 * the subclasses, each named for what the answer means ({@link NotFoundException}, {@link RateLimitedException},
 * {@link StepUpRequiredException}...), or this for all of them. {@link #type()}, {@link #code()},
 * {@link #details()} and {@link #location()} are those of the contract's {@code ErrorResponse}, or {@code null}
 * when the answer did not carry them (a proxy's HTML page, which {@link #responseBody()} still holds).
 */
public class CustomersApiException extends RuntimeException {

    private static final int FORBIDDEN = 403;

    private final ErrorAnswer answer;

    public CustomersApiException(String message, ErrorAnswer answer) {
        super(message);
        this.answer = answer;
    }

    public int status() {
        return answer.status();
    }

    /** The answer's headers, as received. */
    public Map<String, List<String>> headers() {
        return answer.headers();
    }

    /** The {@code uuid} the client sent on the attempt that got this answer. */
    public String requestUuid() {
        return answer.requestUuid();
    }

    /** How many attempts the call made, retries and a token replay included. */
    public int attempts() {
        return answer.attempts();
    }

    /** The key the call's attempts shared; give it to a later repeat of the same write, so it applies once. */
    public Optional<String> idempotencyKey() {
        return Optional.ofNullable(answer.idempotencyKey());
    }

    /** The error body as the contract's {@code ErrorResponse}, when it was one. */
    public Optional<ErrorResponse> errorResponse() {
        return Optional.ofNullable(answer.errorResponse());
    }

    public String type() {
        return errorResponse().map(ErrorResponse::getType).map(ErrorResponse.TypeEnum::getValue).orElse(null);
    }

    public String code() {
        return errorResponse().map(ErrorResponse::getCode).orElse(null);
    }

    public String details() {
        return errorResponse().map(ErrorResponse::getDetails).orElse(null);
    }

    /** What the error is about: a header, a parameter or a field of the body. */
    public String location() {
        return errorResponse().map(ErrorResponse::getLocation).orElse(null);
    }

    /** The control flow the answer names, when it names one. */
    public Optional<String> controlFlowId() {
        return errorResponse().map(ErrorResponse::getMoreInfo).map(MoreInfo::getControlFlowId);
    }

    /**
     * Whether the change is pending until a one-time password confirms it. The contract makes the 403 with a
     * {@code moreInfo.controlFlowId} the signal, not the code: a 422 for a wrong password names the flow too.
     */
    public boolean isStepUpRequired() {
        return status() == FORBIDDEN && controlFlowId().isPresent();
    }

    /** The body exactly as received; {@code null} when there was none. */
    public String responseBody() {
        return answer.responseBody();
    }

    ErrorAnswer answer() {
        return answer;
    }
}
