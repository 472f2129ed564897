package com.example.citi.au.customers.server.negative;

import java.nio.charset.StandardCharsets;

/**
 * Requests refused before the application can name a parameter, with a 400 without location:
 * Tomcat's own limits (control characters, CR or LF in a header, a request head over 8 KiB, an
 * encoded slash, backslash or NUL in the path) and Spring Security's firewall, which refuses a
 * path holding a semicolon, an encoded percent sign or any character outside printable ASCII.
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
        return decodedValue.contains("/") || decodedValue.contains("\\") || decodedValue.contains(";")
                || decodedValue.contains("%") || decodedValue.chars().anyMatch(c -> c < 0x20 || c >= 0x7f);
    }
}
