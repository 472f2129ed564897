package com.example.citi.au.customers.server.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What makes two requests with one key the same request: the method, the path template and its
 * values, the query, the body's media type and the body. A JSON body counts by its content, so
 * that a client that writes the same object with its properties in another order or other white
 * space sends the same request; a body that is not JSON counts by its bytes. The token, the
 * {@code uuid} and the other headers describe the attempt, not the change, and are left out.
 */
final class RequestFingerprint {

    private final JsonMapper json;

    RequestFingerprint(JsonMapper json) {
        this.json = json;
    }

    /** A SHA-256 of the request, in hex. */
    String of(String method, String pathTemplate, Map<String, String> pathValues, String rawQuery,
              String contentType, byte[] body) {
        MessageDigest sha = sha256();
        field(sha, method);
        field(sha, pathTemplate);
        new TreeMap<>(pathValues).forEach((name, value) -> field(sha, name + "=" + value));
        field(sha, rawQuery == null ? "" : String.join("&", sortedPairs(rawQuery)));
        field(sha, contentType == null ? "" : contentType.strip().toLowerCase());
        sha.update(canonicalBody(body));
        return HexFormat.of().formatHex(sha.digest());
    }

    private static String[] sortedPairs(String rawQuery) {
        String[] pairs = rawQuery.split("&");
        Arrays.sort(pairs);
        return pairs;
    }

    private byte[] canonicalBody(byte[] body) {
        if (body.length == 0) {
            return body;
        }
        try {
            StringBuilder canonical = new StringBuilder(body.length);
            write(json.readTree(body), canonical);
            return canonical.toString().getBytes(StandardCharsets.UTF_8);
        } catch (JacksonException notJson) {
            return body;
        }
    }

    /** JSON without white space, every object's properties sorted by name. */
    private void write(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            TreeMap<String, JsonNode> properties = new TreeMap<>();
            node.properties().forEach(property -> properties.put(property.getKey(), property.getValue()));
            out.append('{');
            properties.forEach((name, value) -> {
                if (out.charAt(out.length() - 1) != '{') {
                    out.append(',');
                }
                out.append(json.writeValueAsString(name)).append(':');
                write(value, out);
            });
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            int i = 0;
            for (JsonNode item : node) {
                if (i++ > 0) {
                    out.append(',');
                }
                write(item, out);
            }
            out.append(']');
        } else {
            out.append(node.toString());
        }
    }

    private static void field(MessageDigest sha, String value) {
        sha.update(value.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
