package com.example.citi.au.customers.server.problem;

import com.example.citi.au.customers.server.domain.BusinessRuleException;
import com.example.citi.au.customers.server.domain.InvalidRequestException;
import com.example.citi.au.customers.server.domain.RateLimitExceededException;
import com.example.citi.au.customers.server.domain.ResourceNotFoundException;
import com.example.citi.au.customers.server.domain.StepUpRequiredException;
import com.example.citi.au.customers.server.generated.model.ErrorResponse;
import jakarta.validation.ConstraintViolationException;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Turns every failure, domain or framework, into the spec's ErrorResponse. */
@RestControllerAdvice
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler
    ResponseEntity<ErrorResponse> notFound(ResourceNotFoundException e) {
        return respond(HttpStatus.NOT_FOUND, ApiErrors.resourceNotFound(e.location()));
    }

    @ExceptionHandler
    ResponseEntity<ErrorResponse> invalid(InvalidRequestException e) {
        return respond(HttpStatus.BAD_REQUEST, ApiErrors.invalidRequest(e.location()));
    }

    @ExceptionHandler
    ResponseEntity<ErrorResponse> businessRule(BusinessRuleException e) {
        return respond(HttpStatus.UNPROCESSABLE_CONTENT,
                ApiErrors.businessRule(e.code(), e.details(), e.location(), e.controlFlow()));
    }

    @ExceptionHandler
    ResponseEntity<ErrorResponse> stepUp(StepUpRequiredException e) {
        return respond(HttpStatus.FORBIDDEN, ApiErrors.stepUpRequired(e.controlFlowId()));
    }

    @ExceptionHandler
    ResponseEntity<ErrorResponse> rateLimited(RateLimitExceededException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .body(ApiErrors.rateLimitExceeded(e.details()));
    }

    @ExceptionHandler
    ResponseEntity<ErrorResponse> unreadableBody(HttpMessageNotReadableException e) {
        return respond(HttpStatus.BAD_REQUEST, ApiErrors.invalidRequest(RequestBodyLocation.of(e)));
    }

    @ExceptionHandler
    ResponseEntity<ErrorResponse> invalidBody(MethodArgumentNotValidException e) {
        String location = e.getBindingResult().getFieldErrors().stream()
                .map(error -> error.getField())
                .sorted()
                .findFirst()
                .orElse(e.getBindingResult().getObjectName());
        return respond(HttpStatus.BAD_REQUEST, ApiErrors.invalidRequest(location));
    }

    @ExceptionHandler
    ResponseEntity<ErrorResponse> invalidParameter(HandlerMethodValidationException e) {
        String location = e.getParameterValidationResults().stream()
                .map(ApiExceptionHandler::locationOf)
                .sorted()
                .findFirst()
                .orElse(null);
        return respond(HttpStatus.BAD_REQUEST, ApiErrors.invalidRequest(location));
    }

    @ExceptionHandler
    ResponseEntity<ErrorResponse> constraintViolation(ConstraintViolationException e) {
        String location = e.getConstraintViolations().stream()
                .map(ConstraintViolationLocation::of)
                .filter(Objects::nonNull)
                .sorted()
                .findFirst()
                .orElse(null);
        return respond(HttpStatus.BAD_REQUEST, ApiErrors.invalidRequest(location));
    }

    @ExceptionHandler
    ResponseEntity<ErrorResponse> typeMismatch(MethodArgumentTypeMismatchException e) {
        return respond(HttpStatus.BAD_REQUEST, ApiErrors.invalidRequest(RequestParameterNames.nameOf(e.getParameter())));
    }

    @ExceptionHandler
    ResponseEntity<ErrorResponse> missingParameter(MissingServletRequestParameterException e) {
        return respond(HttpStatus.BAD_REQUEST, ApiErrors.invalidRequest(e.getParameterName()));
    }

    @ExceptionHandler
    ResponseEntity<ErrorResponse> missingHeader(MissingRequestHeaderException e) {
        return respond(HttpStatus.BAD_REQUEST, ApiErrors.invalidRequest(e.getHeaderName()));
    }

    @ExceptionHandler
    ResponseEntity<ErrorResponse> unsupportedContentType(HttpMediaTypeNotSupportedException e) {
        return respond(HttpStatus.BAD_REQUEST, ApiErrors.invalidRequest("Content-Type"));
    }

    @ExceptionHandler
    ResponseEntity<ErrorResponse> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return respond(HttpStatus.BAD_REQUEST, ApiErrors.invalidRequest("Accept"));
    }

    @ExceptionHandler
    ResponseEntity<ErrorResponse> methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
                .allow(e.getSupportedHttpMethods() == null ? new HttpMethod[0]
                        : e.getSupportedHttpMethods().toArray(HttpMethod[]::new))
                .body(ApiErrors.methodNotAllowed());
    }

    @ExceptionHandler({NoHandlerFoundException.class, NoResourceFoundException.class})
    ResponseEntity<ErrorResponse> unknownPath(Exception e) {
        return respond(HttpStatus.NOT_FOUND, ApiErrors.resourceNotFound(null));
    }

    @ExceptionHandler
    ResponseEntity<ErrorResponse> unexpected(Exception e) {
        if (DatabaseUnavailable.isCause(e)) {
            log.warn("Request answered 503, the database is unavailable: {}", e.getMessage());
            return DatabaseUnavailable.answer();
        }
        log.error("Request failed", e);
        return respond(HttpStatus.INTERNAL_SERVER_ERROR, ApiErrors.serverUnavailable());
    }

    private static String locationOf(ParameterValidationResult result) {
        if (result instanceof ParameterErrors errors && errors.getFieldError() != null) {
            return errors.getFieldError().getField();
        }
        return RequestParameterNames.nameOf(result.getMethodParameter());
    }

    private static ResponseEntity<ErrorResponse> respond(HttpStatus status, ErrorResponse body) {
        return ResponseEntity.status(status).body(body);
    }
}
