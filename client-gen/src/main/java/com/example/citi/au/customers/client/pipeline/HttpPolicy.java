package com.example.citi.au.customers.client.pipeline;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * One concern of the request pipeline (tokens, retries, headers, logging), in the shape of Azure core's
 * {@code HttpPipelinePolicy} and Kiota's middleware: it may change the request, send it on once or several
 * times through {@code next}, and look at or replace the answer.
 */
@FunctionalInterface
public interface HttpPolicy {

    HttpResponse<byte[]> send(HttpRequest request, Call call, Next next) throws IOException, InterruptedException;

    /** The rest of the pipeline after this policy, down to the network. */
    @FunctionalInterface
    interface Next {
        HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException;
    }
}
