package com.example.citi.au.customers.server.contact.otp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.springframework.stereotype.Component;

/** Makes 6-digit passwords and the hashes they are kept as; the clear password is never stored. */
@Component
final class OneTimePasswords {

    private static final int BOUND = 1_000_000;

    private final SecureRandom random = new SecureRandom();

    String generate() {
        return String.format("%06d", random.nextInt(BOUND));
    }

    /** Salted with the control flow, so equal passwords of two flows never share a hash. */
    String hash(String controlFlowId, String otp) {
        return HexFormat.of().formatHex(sha256(controlFlowId + ":" + otp));
    }

    boolean matches(String storedHash, String controlFlowId, String otp) {
        byte[] expected = HexFormat.of().parseHex(storedHash);
        return MessageDigest.isEqual(expected, sha256(controlFlowId + ":" + otp));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
