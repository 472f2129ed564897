package com.example.citi.au.customers.server.negative;

import java.nio.charset.StandardCharsets;

/**
 * Requests Tomcat refuses itself, before the application sees them, with a bare 400 of its
 * own: malformed HTTP (control characters, CR or LF in a header), a request head over its
 * 8 KiB limit, and an encoded slash, backslash or NUL in the path.
 */
final class ContainerLimits {

    static final int MAX_REQUEST_HEAD_BYTES = 8 * 1024;

    private ContainerLimits() {
    }

    static boolean malformedHeaderValue(String value) {
        return value.chars().anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7f);
    }

    /** Leaves room for the request line's other parts and the other headers. */
    static boolean overlongForRequestHead(String textOnTheWire) {
        return textOnTheWire.getBytes(StandardCharsets.UTF_8).length > MAX_REQUEST_HEAD_BYTES - 1024;
    }

    static boolean refusedInPath(String decodedValue) {
        return decodedValue.contains("/") || decodedValue.contains("\\") || decodedValue.contains("\u0000");
    }
}
