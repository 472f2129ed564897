package com.example.citi.au.customers.client.pipeline;

import java.net.http.HttpRequest;
import java.time.Duration;

/** Copies of a request with one thing changed; the body publisher is shared, which the generated code's byte arrays allow. */
public final class Requests {

    private Requests() {
    }

    public static HttpRequest withHeader(HttpRequest request, String name, String value) {
        return HttpRequest.newBuilder(request, (header, ignored) -> !header.equalsIgnoreCase(name))
                .header(name, value)
                .build();
    }

    public static HttpRequest withTimeout(HttpRequest request, Duration timeout) {
        return HttpRequest.newBuilder(request, (header, ignored) -> true).timeout(timeout).build();
    }
}
