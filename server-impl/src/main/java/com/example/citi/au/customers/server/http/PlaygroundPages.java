package com.example.citi.au.customers.server.http;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The Playground's page and assets under the API's base path: fetched by a browser, not operations
 * of the contract, with a security chain of their own that sets their answers' headers. The API's
 * request filters let them pass.
 */
public record PlaygroundPages(String path) {

    public static PlaygroundPages under(String basePath) {
        return new PlaygroundPages(basePath + "/playground");
    }

    public boolean serves(HttpServletRequest request) {
        String requested = request.getServletPath();
        return requested.equals(path) || requested.startsWith(path + "/");
    }
}
