package com.example.citi.au.customers.client.headers;

import com.example.citi.au.customers.client.pipeline.Call;
import com.example.citi.au.customers.client.pipeline.HttpPolicy;
import com.example.citi.au.customers.client.pipeline.Requests;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.function.Supplier;

/** A fresh {@code uuid} on every attempt, retries and replays included, as the contract asks of every request. */
public final class RequestIdPolicy implements HttpPolicy {

    private final Supplier<UUID> ids;

    public RequestIdPolicy() {
        this(UUID::randomUUID);
    }

    public RequestIdPolicy(Supplier<UUID> ids) {
        this.ids = ids;
    }

    @Override
    public HttpResponse<byte[]> send(HttpRequest request, Call call, Next next) throws IOException, InterruptedException {
        return next.send(Requests.withHeader(request, "uuid", ids.get().toString()));
    }
}
