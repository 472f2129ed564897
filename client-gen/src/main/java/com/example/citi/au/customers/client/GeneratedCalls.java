package com.example.citi.au.customers.client;

import com.example.citi.au.customers.client.generated.invoker.ApiException;
import com.example.citi.au.customers.client.generated.model.ErrorResponse;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/** Runs a generated call and turns its checked {@link ApiException} into the client's exceptions. */
final class GeneratedCalls {

    @FunctionalInterface
    interface Call<T> {
        T call() throws ApiException;
    }

    @FunctionalInterface
    interface VoidCall {
        void run() throws ApiException;
    }

    private final ObjectMapper mapper;
    // The generated ApiException does not say which request failed; the interceptor remembers it.
    private final ThreadLocal<HttpRequest> currentRequest = new ThreadLocal<>();

    GeneratedCalls(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    Consumer<HttpRequest.Builder> rememberingRequests(Consumer<HttpRequest.Builder> interceptor) {
        return interceptor.andThen(request -> currentRequest.set(request.copy().build()));
    }

    <T> T call(Call<T> call) {
        currentRequest.remove();
        try {
            return call.call();
        } catch (ApiException e) {
            throw translate(e, currentRequest.get());
        } finally {
            currentRequest.remove();
        }
    }

    void run(VoidCall call) {
        call(() -> {
            call.run();
            return null;
        });
    }

    private RuntimeException translate(ApiException e, HttpRequest request) {
        if (request == null) {
            return new IllegalArgumentException("the request was not sent: " + e.getMessage(), e);
        }
        String sent = request.method() + " " + request.uri();
        if (e.getResponseHeaders() != null) {
            return answered(sent, e.getCode(), e.getResponseBody());
        }
        Throwable cause = e.getCause();
        if (cause instanceof JacksonException) {
            return new CustomersApiMalformedResponseException(
                    sent + " was answered with a body that does not match the spec: " + cause.getMessage(), cause);
        }
        if (cause instanceof InterruptedException) {
            return new CustomersApiConnectionException(sent + " was interrupted", cause);
        }
        if (cause instanceof IOException) {
            return new CustomersApiConnectionException(sent + " failed: " + cause, cause);
        }
        return new IllegalStateException(sent + " failed: " + e.getMessage(), e);
    }

    private CustomersApiException answered(String sent, int status, String body) {
        ErrorResponse error = parse(body);
        String message = sent + " was answered " + status + (error != null
                ? " " + error.getCode() + (error.getDetails() == null ? "" : ": " + error.getDetails())
                : body == null || body.isBlank() ? " without a body" : " with a body that is no ErrorResponse: " + body);
        return new CustomersApiException(message, status, error, body);
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
