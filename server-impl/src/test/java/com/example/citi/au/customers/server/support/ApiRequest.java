package com.example.citi.au.customers.server.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.opentest4j.AssertionFailedError;

/**
 * One request to the running server over real HTTP. It starts with every required header set
 * for the given credentials; tests remove or break them to probe the server. The response is
 * validated against the spec before the test sees it, so one mismatch fails the test.
 */
public final class ApiRequest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final int port;
    private final String method;
    private final String path;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final List<Map.Entry<String, String>> extraLines = new ArrayList<>();
    private String query = "";
    private String body;
    private boolean outsideSpec;
    private boolean preflight;
    private HttpClient http = HTTP;

    ApiRequest(int port, String method, String path, String token, String clientId) {
        this("Bearer " + token, port, method, path, clientId);
    }

    private ApiRequest(String authorization, int port, String method, String path, String clientId) {
        this.port = port;
        this.method = method;
        this.path = path;
        headers.put("Authorization", authorization);
        headers.put("uuid", UUID.randomUUID().toString());
        headers.put("Accept", "application/json");
        headers.put("client_id", clientId);
    }

    /** A request as the caller this access token was issued to, to the server on the given port. */
    public static ApiRequest bearer(int port, String method, String path, String token, String clientId) {
        return new ApiRequest(port, method, path, token, clientId);
    }

    public ApiRequest header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** The header once more, on a line of its own after the one {@link #header} sets. */
    public ApiRequest headerLine(String name, String value) {
        extraLines.add(Map.entry(name, value));
        return this;
    }

    public ApiRequest withoutHeader(String name) {
        headers.remove(name);
        return this;
    }

    /** The raw query string, without '?'. */
    public ApiRequest query(String rawQuery) {
        this.query = rawQuery;
        return this;
    }

    public ApiRequest json(String json) {
        this.body = json;
        headers.putIfAbsent("Content-Type", "application/json");
        return this;
    }

    /** A request authenticated by the given Authorization header value, such as a client's Basic credentials. */
    public static ApiRequest withAuthorization(int port, String method, String path, String authorization,
                                               String clientId) {
        return new ApiRequest(authorization, port, method, path, clientId);
    }

    /** An {@code application/x-www-form-urlencoded} body, already encoded. */
    public ApiRequest form(String urlEncoded) {
        this.body = urlEncoded;
        headers.putIfAbsent("Content-Type", "application/x-www-form-urlencoded");
        return this;
    }

    /** For paths or methods the spec does not declare: only the ErrorResponse shape is checked. */
    public ApiRequest outsideSpec() {
        this.outsideSpec = true;
        return this;
    }

    /** A CORS preflight: its 200 answer has no body and is no operation of the spec; an error still has the ErrorResponse shape. */
    public ApiRequest preflight() {
        this.outsideSpec = true;
        this.preflight = true;
        return this;
    }

    /** Sends through this HTTP client instead of the shared one, e.g. to keep one connection per simulated client. */
    public ApiRequest via(HttpClient client) {
        this.http = client;
        return this;
    }

    public ApiResponse send() {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri())
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        extraLines.forEach(line -> request.header(line.getKey(), line.getValue()));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            ApiResponse answer = new ApiResponse(response.statusCode(), response.headers().map(), response.body());
            assertMatchesSpec(answer);
            return answer;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void assertMatchesSpec(ApiResponse response) {
        List<String> violations = preflight && response.status() == 200
                ? (response.body().isEmpty() ? List.of() : List.of("a preflight's 200 has a body"))
                : outsideSpec
                ? ErrorShape.violations(response.body())
                : SpecResponseValidator.violations(method, path, response.status(), response.headers(), response.body());
        if (!violations.isEmpty()) {
            throw new AssertionFailedError("Response to " + method + " " + path + " (" + response.status()
                    + ") does not match the spec:\n  " + String.join("\n  ", violations) + "\nbody: " + response.body());
        }
    }

    private URI uri() {
        return URI.create("http://localhost:" + port + "/api" + path + (query.isEmpty() ? "" : "?" + query));
    }
}
