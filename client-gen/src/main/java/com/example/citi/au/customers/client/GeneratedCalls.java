package com.example.citi.au.customers.client;

import com.example.citi.au.customers.client.errors.CustomersApiConnectionException;
import com.example.citi.au.customers.client.errors.CustomersApiException;
import com.example.citi.au.customers.client.errors.CustomersApiMalformedResponseException;
import com.example.citi.au.customers.client.errors.ErrorAnswer;
import com.example.citi.au.customers.client.errors.ErrorAnswers;
import com.example.citi.au.customers.client.generated.invoker.ApiException;
import com.example.citi.au.customers.client.generated.model.ErrorResponse;
import com.example.citi.au.customers.client.pipeline.Call;
import com.example.citi.au.customers.client.retries.IdempotencyKey;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/** Runs a generated call and turns its checked {@link ApiException} into the client's exceptions. */
final class GeneratedCalls {

    @FunctionalInterface
    interface Operation<T> {
        T call() throws ApiException;
    }

    @FunctionalInterface
    interface VoidOperation {
        void run() throws ApiException;
    }

    private final ObjectMapper mapper;
    private final Clock clock;
    // The generated ApiException does not say which request failed or how often it was tried; the pipeline does.
    private final ThreadLocal<Call> lastCall = new ThreadLocal<>();

    GeneratedCalls(ObjectMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Given to the pipeline, which reports each call as it ends, on the calling thread. */
    Consumer<Call> callRecorder() {
        return lastCall::set;
    }

    /** The extra headers a generated method takes: the caller's own Idempotency-Key. */
    static Map<String, String> keyed(IdempotencyKey key) {
        return Map.of(IdempotencyKey.HEADER, key.headerValue());
    }

    <T> T call(Operation<T> operation) {
        lastCall.remove();
        try {
            return operation.call();
        } catch (ApiException e) {
            throw translate(e, lastCall.get());
        } finally {
            lastCall.remove();
        }
    }

    void run(VoidOperation operation) {
        call(() -> {
            operation.run();
            return null;
        });
    }

    private RuntimeException translate(ApiException e, Call call) {
        if (call == null || call.lastRequest().isEmpty()) {
            return new IllegalArgumentException("the request was not sent: " + e.getMessage(), e);
        }
        HttpRequest request = call.lastRequest().get();
        String sent = request.method() + " " + request.uri();
        String retries = retries(call);
        if (e.getResponseHeaders() != null) {
            return answered(sent, retries, e, call, request);
        }
        Throwable cause = e.getCause();
        if (cause instanceof JacksonException) {
            return new CustomersApiMalformedResponseException(
                    sent + " was answered with a body that does not match the spec: " + cause.getMessage(), cause);
        }
        String key = call.idempotencyKey().orElse(null);
        if (cause instanceof InterruptedException) {
            return new CustomersApiConnectionException(sent + " was interrupted" + retries, cause, call.attempts(), key);
        }
        if (cause instanceof IOException) {
            return new CustomersApiConnectionException(sent + " failed: " + cause + retries, cause, call.attempts(), key);
        }
        return new IllegalStateException(sent + " failed: " + e.getMessage(), e);
    }

    private static String retries(Call call) {
        if (call.attempts() <= 1 && call.retriesStopped().isEmpty()) {
            return "";
        }
        return " (" + call.attempts() + (call.attempts() == 1 ? " attempt" : " attempts")
                + call.retriesStopped().map(reason -> "; " + reason).orElse("") + ")";
    }

    private CustomersApiException answered(String sent, String retries, ApiException e, Call call, HttpRequest request) {
        int status = e.getCode();
        String body = e.getResponseBody();
        ErrorResponse error = parse(body);
        String message = sent + " was answered " + status + (error != null
                ? " " + error.getCode() + (error.getDetails() == null ? "" : ": " + error.getDetails())
                : body == null || body.isBlank() ? " without a body" : " with a body that is no ErrorResponse: " + body)
                + retries;
        ErrorAnswer answer = new ErrorAnswer(status, e.getResponseHeaders().map(), request.headers().firstValue("uuid").orElse(null),
                error, body, call.attempts(), call.idempotencyKey().orElse(null));
        return ErrorAnswers.exceptionFor(message, answer, clock.instant());
    }

    private ErrorResponse parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            ErrorResponse error = mapper.readValue(body, ErrorResponse.class);
            return error != null && error.getCode() != null ? error : null;
        } catch (JacksonException notAnErrorResponse) {
            return null;
        }
    }
}
