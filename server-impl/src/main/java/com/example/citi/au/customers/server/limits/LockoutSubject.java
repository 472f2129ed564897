package com.example.citi.au.customers.server.limits;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** What failed authentications are counted for: a client_id, or the address a call came from. */
record LockoutSubject(Kind kind, String key) {

    enum Kind { CLIENT, ADDRESS }

    /** Longer keys than the column holds (any client_id can be tried) are kept as their SHA-256. */
    private static final int MAX_KEY = 200;

    static LockoutSubject client(String clientId) {
        return new LockoutSubject(Kind.CLIENT, bounded(clientId));
    }

    static LockoutSubject address(String address) {
        return new LockoutSubject(Kind.ADDRESS, bounded(address));
    }

    private static String bounded(String key) {
        if (key.length() <= MAX_KEY) {
            return key;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
