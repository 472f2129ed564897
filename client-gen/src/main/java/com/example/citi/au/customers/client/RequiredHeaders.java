package com.example.citi.au.customers.client;

import java.net.http.HttpRequest;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Sets the headers the spec requires on every operation. The generator leaves them out of the method
 * signatures ({@code implicitHeaders}); {@code Accept} and {@code Content-Type} come from the generated
 * code itself, which derives them from the spec's media types.
 */
final class RequiredHeaders implements Consumer<HttpRequest.Builder> {

    private final Supplier<String> accessToken;
    private final String clientId;
    private final Supplier<String> clientDetails;

    RequiredHeaders(Supplier<String> accessToken, String clientId, Supplier<String> clientDetails) {
        this.accessToken = accessToken;
        this.clientId = clientId;
        this.clientDetails = clientDetails;
    }

    @Override
    public void accept(HttpRequest.Builder request) {
        request.setHeader("Authorization", "Bearer " + currentAccessToken());
        request.setHeader("uuid", UUID.randomUUID().toString());
        request.setHeader("client_id", clientId);
        String details = clientDetails.get();
        if (details != null) {
            request.setHeader("clientDetails", details);
        }
    }

    private String currentAccessToken() {
        String token = accessToken.get();
        if (token == null || token.isBlank()) {
            throw new IllegalStateException("the token supplier returned no access token");
        }
        return token;
    }
}
