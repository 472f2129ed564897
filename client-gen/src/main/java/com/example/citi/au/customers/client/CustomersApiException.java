package com.example.citi.au.customers.client;

import com.example.citi.au.customers.client.generated.model.ErrorResponse;
import com.example.citi.au.customers.client.generated.model.MoreInfo;
import java.util.Optional;

/**
 * The Customers API answered with an error status. {@link #type()}, {@link #code()}, {@link #details()}
 * and {@link #location()} are those of the spec's {@code ErrorResponse}, or {@code null} when the answer
 * did not carry them (for example a proxy's HTML page, which {@link #responseBody()} still holds).
 */
public class CustomersApiException extends RuntimeException {

    private static final int FORBIDDEN = 403;

    private final int status;
    private final ErrorResponse errorResponse;
    private final String responseBody;

    public CustomersApiException(String message, int status, ErrorResponse errorResponse, String responseBody) {
        super(message);
        this.status = status;
        this.errorResponse = errorResponse;
        this.responseBody = responseBody;
    }

    public int status() {
        return status;
    }

    /** The error body as the spec's {@code ErrorResponse}, when it was one. */
    public Optional<ErrorResponse> errorResponse() {
        return Optional.ofNullable(errorResponse);
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

    public String location() {
        return errorResponse().map(ErrorResponse::getLocation).orElse(null);
    }

    /** The control flow to continue with a one-time password, when the answer names one. */
    public Optional<String> controlFlowId() {
        return errorResponse().map(ErrorResponse::getMoreInfo).map(MoreInfo::getControlFlowId);
    }

    /**
     * Whether the change is pending until a one-time password confirms it. The spec makes the 403 with a
     * {@code moreInfo.controlFlowId} the signal, not the code: a 422 for a wrong password names the flow too.
     */
    public boolean isStepUpRequired() {
        return status == FORBIDDEN && controlFlowId().isPresent();
    }

    /** The body exactly as received; {@code null} when there was none. */
    public String responseBody() {
        return responseBody;
    }
}
