package com.example.citi.au.customers.client.tokens;

/** Where the client gets its OAuth access tokens. Implementations are called from many threads at once. */
public interface AccessTokenProvider {

    /** A token to send now, without the {@code Bearer } prefix. */
    String accessToken();

    /**
     * The API answered 401 to this token: forget it, so that the next {@link #accessToken()} is a new one.
     * Does nothing when a newer token has replaced it already.
     */
    void rejected(String accessToken);
}
