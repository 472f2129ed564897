package com.example.citi.au.customers.server.negative;

import com.example.citi.au.customers.server.support.SandboxCaller;
import java.util.ArrayList;
import java.util.List;

/**
 * One request of the corpus: the operation's valid example request with exactly one thing
 * changed. {@code path} is below /api with path parameters already filled in, {@code query}
 * is raw (already encoded), {@code body} is the JSON text or null.
 */
record Probe(SandboxCaller caller, String method, String path, String query, List<HeaderChange> headerChanges,
             String body) {

    Probe {
        headerChanges = List.copyOf(headerChanges);
    }

    Probe withHeader(HeaderChange change) {
        List<HeaderChange> changes = new ArrayList<>(headerChanges);
        changes.add(change);
        return new Probe(caller, method, path, query, changes, body);
    }

    Probe withQuery(String rawQuery) {
        return new Probe(caller, method, path, rawQuery, headerChanges, body);
    }

    Probe withPath(String newPath) {
        return new Probe(caller, method, newPath, query, headerChanges, body);
    }

    Probe withBody(String newBody) {
        return new Probe(caller, method, path, query, headerChanges, newBody);
    }

    Probe withCaller(SandboxCaller newCaller) {
        return new Probe(newCaller, method, path, query, headerChanges, body);
    }

    /**
     * java.net.http refuses header values with control characters or characters outside
     * printable ASCII, a header twice, and a chunked body of known length, so those requests
     * go over a raw socket.
     */
    boolean needsRawSocket() {
        return headerChanges.stream()
                .filter(change -> !change.removes())
                .anyMatch(change -> change.repeat() || change.name().equalsIgnoreCase(RawHttpClient.TRANSFER_ENCODING)
                        || change.value().chars().anyMatch(c -> c < 0x20 || c > 0x7e));
    }

    /** The request as a reader of a failure needs it, with long values shortened. */
    String describe() {
        StringBuilder text = new StringBuilder(method).append(' ').append("/api").append(path);
        if (!query.isEmpty()) {
            text.append('?').append(shorten(query));
        }
        text.append(" as ").append(caller);
        headerChanges.forEach(change -> text.append("\n    header ").append(change.name())
                .append(change.removes() ? " removed" : (change.repeat() ? " (again): " : ": ") + shorten(visible(change.value()))));
        if (body != null) {
            text.append("\n    body: ").append(shorten(visible(body)));
        }
        return text.toString();
    }

    static String shorten(String text) {
        return text.length() <= 300 ? text : text.substring(0, 200) + "... (" + text.length() + " chars) ..."
                + text.substring(text.length() - 60);
    }

    /** Control characters written as escapes, so a report shows what was sent. */
    static String visible(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
