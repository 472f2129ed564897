package com.example.citi.au.customers.client.pipeline;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Names a request by the contract's path template, so that logs carry no ids. Only the contract's templated
 * paths need listing; {@code PathTemplatesTest} fails when the contract gains one that is missing here.
 */
public final class PathTemplates {

    /** Every path of the contract with a path parameter. */
    public static final List<String> TEMPLATED = List.of("/v1/cards/accounts/{accountId}/addresses");

    private static final List<Pattern> PATTERNS = TEMPLATED.stream()
            .map(template -> Pattern.compile(template.replaceAll("\\{[^}]+}", "[^/]+")))
            .toList();

    private final String basePath;

    /** @param basePath the base URL's path, e.g. {@code /api}, which the contract's paths do not include */
    public PathTemplates(String basePath) {
        this.basePath = basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath;
    }

    public String of(URI uri) {
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (path.startsWith(basePath)) {
            path = path.substring(basePath.length());
        }
        for (int i = 0; i < PATTERNS.size(); i++) {
            if (PATTERNS.get(i).matcher(path).matches()) {
                return TEMPLATED.get(i);
            }
        }
        return path;
    }
}
