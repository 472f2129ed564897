package com.example.citi.au.customers.server.problem;

import com.example.citi.au.customers.server.domain.ControlFlowInfo;
import com.example.citi.au.customers.server.generated.model.ErrorResponse;
import com.example.citi.au.customers.server.generated.model.MoreInfo;

/** The error bodies of the spec's shared responses, worded as the portal page words them. */
public final class ApiErrors {

    public static final String MISSING_OR_INVALID_PARAMETERS = "Missing or invalid parameters";
    public static final String CREDENTIALS_MISSING_OR_INVALID = "Authorization credentials are missing or invalid";
    public static final String CREDENTIAL_MISSING_OR_INVALID = "Authorization credential is missing or invalid";

    private ApiErrors() {
    }

    public static ErrorResponse invalidRequest(String location) {
        return error(ErrorResponse.TypeEnum.INVALID, "invalidRequest", MISSING_OR_INVALID_PARAMETERS, location);
    }

    public static ErrorResponse unauthorized(String details) {
        return error(ErrorResponse.TypeEnum.ERROR, "unAuthorized", details, "Authorization");
    }

    public static ErrorResponse accessNotConfigured() {
        return error(ErrorResponse.TypeEnum.ERROR, "accessNotConfigured", "Access is not configured for this resource", null);
    }

    public static ErrorResponse resourceNotFound(String location) {
        return error(ErrorResponse.TypeEnum.ERROR, "resourceNotFound", "Empty resource/resource not found", location);
    }

    public static ErrorResponse methodNotAllowed() {
        return error(ErrorResponse.TypeEnum.INVALID, "methodNotAllowed", "The method is not supported on this resource", null);
    }

    public static ErrorResponse stepUpRequired(String controlFlowId) {
        return error(ErrorResponse.TypeEnum.ERROR, "stepUpRequired",
                "Additional authentication is required to complete this request", null)
                .moreInfo(new MoreInfo().controlFlowId(controlFlowId));
    }

    public static ErrorResponse businessRule(String code, String details, String location, ControlFlowInfo controlFlow) {
        ErrorResponse error = error(ErrorResponse.TypeEnum.ERROR, code, details, location);
        if (controlFlow != null) {
            error.moreInfo(new MoreInfo()
                    .controlFlowId(controlFlow.controlFlowId())
                    .remainingOtpAttempts(controlFlow.remainingOtpAttempts()));
        }
        return error;
    }

    public static ErrorResponse idempotencyKeyReused() {
        return error(ErrorResponse.TypeEnum.INVALID, "idempotencyKeyReused",
                "The Idempotency-Key was used with another request", "Idempotency-Key");
    }

    public static ErrorResponse idempotencyKeyInUse() {
        return error(ErrorResponse.TypeEnum.ERROR, "idempotencyKeyInUse",
                "A request with this Idempotency-Key is still being processed", "Idempotency-Key");
    }

    public static ErrorResponse rateLimitExceeded(String details) {
        return error(ErrorResponse.TypeEnum.ERROR, "rateLimitExceeded", details, null);
    }

    public static ErrorResponse serverUnavailable() {
        return error(ErrorResponse.TypeEnum.FATAL, "serverUnavailable", "The request failed due to an internal error", null);
    }

    private static ErrorResponse error(ErrorResponse.TypeEnum type, String code, String details, String location) {
        return new ErrorResponse(type, code).details(details).location(location);
    }
}
