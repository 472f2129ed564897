package com.example.citi.au.customers.client.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sandbox token call (POST /sandbox/v1/oauth2/token). The generated client covers it too, but a
 * consumer gets tokens from its own OAuth2 library; this stands in for that library.
 */
final class SandboxTokenCall {

    private SandboxTokenCall() {
    }

    static String accessToken(String baseUrl, String clientId, String clientSecret, int customer) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/sandbox/v1/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("uuid", UUID.randomUUID().toString())
                .header("Accept", "application/json")
                .header("client_id", clientId)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&customer=" + customer))
                .build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("token call answered " + response.statusCode() + ": " + response.body());
            }
            return JsonMapper.builder().build().readTree(response.body()).path("access_token").asString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
