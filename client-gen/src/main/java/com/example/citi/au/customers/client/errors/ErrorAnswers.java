package com.example.citi.au.customers.client.errors;

import com.example.citi.au.customers.client.retries.RetryAfter;
import java.time.Duration;
import java.time.Instant;

/** Picks the exception that says what an error answer means. */
public final class ErrorAnswers {

    private ErrorAnswers() {
    }

    public static CustomersApiException exceptionFor(String message, ErrorAnswer answer, Instant now) {
        String code = answer.errorResponse() == null ? null : answer.errorResponse().getCode();
        switch (answer.status()) {
            case 400:
                return new BadRequestException(message, answer);
            case 401:
                return new UnauthorizedException(message, answer);
            case 403:
                CustomersApiException forbidden = new ForbiddenException(message, answer);
                return forbidden.isStepUpRequired() ? new StepUpRequiredException(message, answer) : forbidden;
            case 404:
                return new NotFoundException(message, answer);
            case 409:
                return new ConflictException(message, answer);
            case 422:
                return businessRule(message, answer, code);
            case 429:
                return new RateLimitedException(message, answer, retryAfter(answer, now));
            case 502:
            case 503:
            case 504:
                return new ServiceUnavailableException(message, answer, retryAfter(answer, now));
            default:
                return answer.status() >= 500 ? new ServerErrorException(message, answer)
                        : new CustomersApiException(message, answer);
        }
    }

    private static CustomersApiException businessRule(String message, ErrorAnswer answer, String code) {
        if (code == null) {
            return new BusinessRuleException(message, answer);
        }
        switch (code) {
            case "invalidOtp":
                return new WrongOneTimePasswordException(message, answer);
            case "otpExpired":
                return new OneTimePasswordExpiredException(message, answer);
            case "controlFlowExpired":
                return new ControlFlowExpiredException(message, answer);
            case "controlFlowLocked":
                return new ControlFlowLockedException(message, answer);
            case "idempotencyKeyReused":
                return new IdempotencyKeyReusedException(message, answer);
            default:
                return new BusinessRuleException(message, answer);
        }
    }

    private static Duration retryAfter(ErrorAnswer answer, Instant now) {
        String field = answer.header("Retry-After");
        return field == null ? null : RetryAfter.parse(field, now).orElse(null);
    }
}
