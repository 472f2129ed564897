package com.example.citi.au.customers.server.idempotency;

import com.example.citi.au.customers.server.problem.ApiErrors;
import com.example.citi.au.customers.server.problem.ErrorResponseWriter;
import com.example.citi.au.customers.server.security.Caller;
import com.example.citi.au.customers.server.security.CurrentCaller;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Claims the Idempotency-Key of an operation that declares it, after the caller's scope and the
 * query values were checked: the same request answered before gets its stored answer, another
 * request with the key 422, a request while the first still runs 409; a new key opens the
 * transaction the write joins. An operation that does not declare the header ignores it.
 */
final class IdempotencyKeyInterceptor implements HandlerInterceptor {

    static final String REPLAYED = "Idempotent-Replayed";
    private static final String RETRY_AFTER_SECONDS = "1";

    private final CurrentCaller currentCaller;
    private final RequestFingerprint fingerprint;
    private final IdempotentWrites writes;
    private final ErrorResponseWriter errorWriter;
    /** The operationId of each operation that declares the header; empty for the others. */
    private final Map<Method, Optional<String>> keyedOperations = new ConcurrentHashMap<>();

    IdempotencyKeyInterceptor(CurrentCaller currentCaller, RequestFingerprint fingerprint, IdempotentWrites writes,
                              ErrorResponseWriter errorWriter) {
        this.currentCaller = currentCaller;
        this.fingerprint = fingerprint;
        this.writes = writes;
        this.errorWriter = errorWriter;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
        KeyedWrite write = KeyedWrite.of(request);
        if (write == null || !(handler instanceof HandlerMethod method)) {
            return true;
        }
        Optional<String> operation = keyedOperations.computeIfAbsent(method.getMethod(),
                ignored -> keyedOperation(method));
        if (operation.isEmpty()) {
            return true;
        }
        List<String> values = Collections.list(request.getHeaders(IdempotencyKey.HEADER));
        Optional<IdempotencyKey> key = values.size() == 1 ? IdempotencyKey.parse(values.get(0)) : Optional.empty();
        if (key.isEmpty()) {
            errorWriter.write(response, HttpStatus.BAD_REQUEST.value(), ApiErrors.invalidRequest(IdempotencyKey.HEADER));
            return false;
        }
        Caller caller = currentCaller.get();
        IdempotencyScope scope = new IdempotencyScope(caller.clientId(), caller.customerId().value(), operation.get(),
                key.get().value());
        Claim claim = writes.claim(scope, requestHash(request, write));
        if (claim instanceof Claim.Claimed claimed) {
            write.claimed(scope, claimed.token(), writes.beginWrite(scope, claimed.token()));
            return true;
        }
        if (claim instanceof Claim.Replay replay) {
            replay(response, replay.answer());
        } else if (claim instanceof Claim.Reused) {
            errorWriter.write(response, HttpStatus.UNPROCESSABLE_CONTENT.value(), ApiErrors.idempotencyKeyReused());
        } else {
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            errorWriter.write(response, HttpStatus.CONFLICT.value(), ApiErrors.idempotencyKeyInUse());
        }
        return false;
    }

    private String requestHash(HttpServletRequest request, KeyedWrite write) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, String> pathValues = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String pathTemplate = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return fingerprint.of(request.getMethod(), pathTemplate == null ? request.getServletPath() : pathTemplate,
                pathValues == null ? Map.of() : pathValues, request.getQueryString(), request.getContentType(),
                write.request().bytes());
    }

    private static void replay(HttpServletResponse response, StoredAnswer answer) throws IOException {
        response.setStatus(answer.status());
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        response.setHeader(REPLAYED, "true");
        if (answer.body() != null) {
            response.getOutputStream().write(answer.body());
        }
    }

    private static Optional<String> keyedOperation(HandlerMethod method) {
        boolean declaresKey = Arrays.stream(method.getMethodParameters())
                .map(parameter -> parameter.getParameterAnnotation(RequestHeader.class))
                .anyMatch(header -> header != null
                        && IdempotencyKey.HEADER.equalsIgnoreCase(header.name().isEmpty() ? header.value() : header.name()));
        Operation operation = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), Operation.class);
        return declaresKey && operation != null ? Optional.of(operation.operationId()) : Optional.empty();
    }
}
