package com.example.citi.au.customers.client.tokens;

import java.util.function.Supplier;

/** Tokens from the consumer's own OAuth library: asked for on every attempt; a 401 just asks again. */
public final class SuppliedTokens implements AccessTokenProvider {

    private final Supplier<String> supplier;

    public SuppliedTokens(Supplier<String> supplier) {
        this.supplier = supplier;
    }

    @Override
    public String accessToken() {
        String token = supplier.get();
        if (token == null || token.isBlank()) {
            throw new IllegalStateException("the token supplier returned no access token");
        }
        return token;
    }

    @Override
    public void rejected(String accessToken) {
        // the supplier owns its cache; the replay asks it again
    }
}
