package com.example.citi.au.customers.client.tokens;

/** The token endpoint refused to issue a token, or could not be reached. Its message never holds the secret. */
public class TokenRequestException extends RuntimeException {

    private final int status;

    public TokenRequestException(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** The token endpoint's HTTP status, or 0 when it did not answer. */
    public int status() {
        return status;
    }
}
