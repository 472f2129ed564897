package com.example.citi.au.customers.server.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A GET as a browser sends it for a page or an asset: none of the API's headers, no token. */
public final class BrowserRequest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private BrowserRequest() {
    }

    /** GET {@code http://host:port/api + path}, redirects not followed. */
    public static HttpResponse<String> get(String host, int port, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/api" + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "text/html,*/*")
                .GET()
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static HttpResponse<String> get(int port, String path) {
        return get("localhost", port, path);
    }
}
