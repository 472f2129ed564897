package com.example.citi.au.customers.server.request;

import jakarta.servlet.http.HttpServletRequest;
import com.example.citi.au.customers.server.idempotency.IdempotencyKey;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * The rules of the spec's header parameters uuid, client_id, Accept, clientDetails and, on a
 * write, Idempotency-Key. The singletons (uuid, client_id, Content-Type, clientDetails,
 * Idempotency-Key) must be sent once; Accept, a list, may come on several lines, which are
 * combined as HTTP defines.
 */
public final class RequiredHeaders {

    public static final String UUID = "uuid";
    public static final String CLIENT_ID = "client_id";
    static final String ACCEPT = "Accept";
    static final String CLIENT_DETAILS = "clientDetails";
    static final String CONTENT_TYPE = "Content-Type";

    static final Pattern UUID_PATTERN =
            Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    static final Pattern CLIENT_ID_PATTERN = Pattern.compile("^[A-Za-z0-9._-]{1,64}$");
    static final Pattern CLIENT_DETAILS_PATTERN = Pattern.compile("^[A-Za-z0-9+/]*={0,2}$");
    static final int ACCEPT_MAX_LENGTH = 256;
    static final int CLIENT_DETAILS_MAX_LENGTH = 4096;
    private static final int UUID_LENGTH = 36;
    /** The methods of the writes, which declare Idempotency-Key; on a read the header means nothing. */
    private static final Set<String> WRITE_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");

    private RequiredHeaders() {
    }

    public static Optional<String> requestUuid(HttpServletRequest request) {
        return single(request, UUID).filter(RequiredHeaders::isUuid);
    }

    /**
     * Whether the value matches {@link #UUID_PATTERN}, checked without the regular expression:
     * every request's uuid is checked three times (for the log, the echo and the check), and the
     * expression cost 2% of a profile read.
     */
    static boolean isUuid(String value) {
        if (value.length() != UUID_LENGTH) {
            return false;
        }
        for (int i = 0; i < UUID_LENGTH; i++) {
            char c = value.charAt(i);
            boolean expected = i == 8 || i == 13 || i == 18 || i == 23 ? c == '-' : isHexDigit(c);
            if (!expected) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHexDigit(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    static Optional<String> firstInvalid(HttpServletRequest request) {
        if (requestUuid(request).isEmpty()) {
            return Optional.of(UUID);
        }
        if (single(request, CLIENT_ID).filter(value -> CLIENT_ID_PATTERN.matcher(value).matches()).isEmpty()) {
            return Optional.of(CLIENT_ID);
        }
        if (combined(request, ACCEPT).filter(RequiredHeaders::acceptsJson).isEmpty()) {
            return Optional.of(ACCEPT);
        }
        if (Collections.list(request.getHeaders(CONTENT_TYPE)).size() > 1) {
            return Optional.of(CONTENT_TYPE);
        }
        List<String> clientDetails = Collections.list(request.getHeaders(CLIENT_DETAILS));
        if (!clientDetails.isEmpty() && !validClientDetails(clientDetails)) {
            return Optional.of(CLIENT_DETAILS);
        }
        List<String> idempotencyKeys = Collections.list(request.getHeaders(IdempotencyKey.HEADER));
        if (!idempotencyKeys.isEmpty() && WRITE_METHODS.contains(request.getMethod())
                && (idempotencyKeys.size() > 1 || IdempotencyKey.parse(idempotencyKeys.get(0)).isEmpty())) {
            return Optional.of(IdempotencyKey.HEADER);
        }
        return Optional.empty();
    }

    private static boolean validClientDetails(List<String> values) {
        return values.size() == 1
                && values.get(0).length() <= CLIENT_DETAILS_MAX_LENGTH
                && CLIENT_DETAILS_PATTERN.matcher(values.get(0)).matches();
    }

    private static boolean acceptsJson(String accept) {
        if (accept.length() > ACCEPT_MAX_LENGTH) {
            return false;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream()
                    .anyMatch(type -> type.isCompatibleWith(MediaType.APPLICATION_JSON));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    /**
     * A list-valued field (RFC 9110, section 5.3): its lines joined with commas, in order, mean the
     * same as one line, so {@code Accept} on two lines is read as one. Absent when not sent.
     */
    private static Optional<String> combined(HttpServletRequest request, String name) {
        List<String> values = Collections.list(request.getHeaders(name));
        return values.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", values));
    }

    /** A singleton field: exactly one line, or it is missing or repeated. */
    private static Optional<String> single(HttpServletRequest request, String name) {
        List<String> values = Collections.list(request.getHeaders(name));
        return values.size() == 1 ? Optional.of(values.get(0)) : Optional.empty();
    }
}
