package com.example.citi.au.customers.client.pipeline;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/** The policies in the order given, outermost first, then the network. */
public final class HttpPipeline {

    private final List<HttpPolicy> policies;
    private final HttpPolicy.Next transport;

    public HttpPipeline(List<HttpPolicy> policies, HttpPolicy.Next transport) {
        this.policies = List.copyOf(policies);
        this.transport = transport;
    }

    public HttpResponse<byte[]> send(HttpRequest request, Call call) throws IOException, InterruptedException {
        return next(0, call).send(request);
    }

    private HttpPolicy.Next next(int index, Call call) {
        if (index == policies.size()) {
            return transport;
        }
        HttpPolicy policy = policies.get(index);
        return request -> policy.send(request, call, next(index + 1, call));
    }
}
