package com.example.citi.au.customers.server.negative;

import static com.example.citi.au.customers.server.support.SandboxCaller.OLIVIA_EXPIRED;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every header parameter of an operation missing, empty, off its schema, sent twice, carrying
 * an injection-looking string, and carrying control characters, CR and LF (sent over a raw
 * socket, since java.net.http refuses them). Sent twice, a singleton header is refused naming
 * it; a list-valued one (Accept, and Cache-Control, which no operation declares) is combined as
 * HTTP defines and the request answered as if on one line.
 */
final class HeaderCases {

    static final String AUTHORIZATION = "Authorization";
    static final String UUID = "uuid";
    static final String ACCEPT = "Accept";
    static final String CLIENT_ID = "client_id";
    static final String CONTENT_TYPE = "Content-Type";
    static final String CLIENT_DETAILS = "clientDetails";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    static final String CACHE_CONTROL = "Cache-Control";
    /** RFC 9110, section 5.3: lines of these fields combine into one; every other header here is a singleton. */
    private static final Map<String, String> LIST_VALUED = Map.of(ACCEPT, "application/json", CACHE_CONTROL, "no-cache");

    private static final Map<String, String> CONTROL_CHARACTERS = controlCharacters();

    private final String operationId;
    private final Probe valid;
    private final List<NegativeCase> cases = new ArrayList<>();

    private HeaderCases(String operationId, Probe valid) {
        this.operationId = operationId;
        this.valid = valid;
    }

    static List<NegativeCase> of(String operationId, Probe valid, List<Parameter> headers) {
        HeaderCases generator = new HeaderCases(operationId, valid);
        headers.forEach(generator::header);
        generator.add(Category.HEADER, CACHE_CONTROL, "sent twice",
                valid.withHeader(HeaderChange.repeat(CACHE_CONTROL, LIST_VALUED.get(CACHE_CONTROL))),
                Expectation.sameAsOneLine());
        return generator.cases;
    }

    private void header(Parameter header) {
        String name = header.getName();
        Schema<?> schema = header.getSchema();
        String example = String.valueOf(header.getExample());
        if (Boolean.TRUE.equals(header.getRequired())) {
            add(Category.HEADER, name, "missing", valid.withHeader(HeaderChange.remove(name)), expectedFor(name, null));
        }
        malformedValues(name, schema, example).forEach((defect, value) ->
                add(Category.HEADER, name, defect, valid.withHeader(HeaderChange.set(name, value)), expectedFor(name, value)));
        add(Category.HEADER, name, "sent twice", valid.withHeader(HeaderChange.repeat(name, repeatedValue(name, example))),
                LIST_VALUED.containsKey(name) ? Expectation.sameAsOneLine() : expectedFor(name, null));
        CONTROL_CHARACTERS.forEach((defect, character) -> {
            String value = example.substring(0, 3) + character + example.substring(3);
            add(Category.HEADER, name, defect, valid.withHeader(HeaderChange.set(name, value)),
                    expectedFor(name, value).orContainerRejection());
        });
        add(Category.HEADER, name, "CRLF then a line without colon",
                valid.withHeader(HeaderChange.set(name, example + "\r\nnot-a-header-line")),
                expectedFor(name, null).orContainerRejection());
        add(Category.HEADER, name, "obsolete line folding",
                valid.withHeader(HeaderChange.set(name, example + "\r\n folded")),
                expectedFor(name, null).orContainerRejection());
        InjectionStrings.ALL.forEach((defect, value) ->
                add(Category.INJECTION, name, defect, valid.withHeader(HeaderChange.set(name, value)), injectionExpectation(name, schema, value)));
        if (name.equals(AUTHORIZATION)) {
            add(Category.HEADER, name, "expired token", valid.withCaller(OLIVIA_EXPIRED), expectedFor(name, null));
        }
    }

    /**
     * What the server must answer to this header value (null: missing or unusable). Every
     * header but Authorization is checked before the token, and a client_id that keeps its
     * pattern but names another client than the token's is a 403.
     */
    private Expectation expectedFor(String name, String value) {
        if (name.equals(AUTHORIZATION)) {
            return Expectation.rejected(401, AUTHORIZATION);
        }
        if (name.equals(CLIENT_ID) && value != null && value.matches("^[A-Za-z0-9._-]{1,64}$")
                && !value.equals(valid.caller().clientId())) {
            return Expectation.rejected(403, null);
        }
        return Expectation.invalid(name);
    }

    /**
     * A CR LF followed by a well-formed header line only adds a header on the wire: the server
     * sees the part before it, so that part decides the answer.
     */
    private Expectation injectionExpectation(String name, Schema<?> schema, String value) {
        String seen = value.contains("\r\n") ? value.substring(0, value.indexOf("\r\n")) : value;
        Expectation expected = (name.equals(CLIENT_DETAILS) || name.equals(IDEMPOTENCY_KEY)) && SchemaRules.keeps(schema, seen)
                ? Expectation.tolerated()
                : expectedFor(name, seen);
        boolean refusedByContainer = ContainerLimits.malformedHeaderValue(value)
                || ContainerLimits.overlongForRequestHead(value);
        return refusedByContainer ? expected.orContainerRejection() : expected;
    }

    private Map<String, String> malformedValues(String name, Schema<?> schema, String example) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("empty", "");
        ViolatingStrings.of(schema, example).forEach((defect, value) -> {
            if (value.strip().equals(value) && value.chars().allMatch(c -> c >= 0x20 && c != 0x7f)) {
                values.put(defect, value);
            }
        });
        values.putAll(switch (name) {
            case AUTHORIZATION -> Map.of(
                    "no token", "Bearer",
                    "basic scheme", "Basic c2FuZGJveA==",
                    "unknown token", "Bearer unknown-token",
                    "other scheme", "Token KGNsaWVudF9pZA==",
                    "space in token", "Bearer KGNs aWVudF9pZA==",
                    "token with symbol", "Bearer KGNsaWVudF9pZA==!",
                    "too long token (4097)", "Bearer " + "A".repeat(4090));
            case UUID -> Map.of(
                    "not a uuid", "not-a-uuid",
                    "short uuid", "5f1d7a9c-3e2b-4c8d-9a6f-0b1e2d3c4a5",
                    "long uuid", "5f1d7a9c-3e2b-4c8d-9a6f-0b1e2d3c4a5b0",
                    "non-hex uuid", "5f1d7a9c-3e2b-4c8d-9a6f-0b1e2d3c4a5g");
            case ACCEPT -> Map.of(
                    "html only", "text/html",
                    "xml only", "application/xml",
                    "image only", "image/png",
                    "no subtype", "application",
                    "three parts", "application/json/extra",
                    "bad quality", "application/json;q=x",
                    "too long (257)", "application/json;x=" + "a".repeat(238));
            case CLIENT_ID -> Map.of(
                    "space", "sandbox app",
                    "symbol", "sandbox-app!",
                    "too long (65)", "a".repeat(65),
                    "another client", "another-client");
            case CONTENT_TYPE -> Map.of(
                    "plain text", "text/plain",
                    "xml", "application/xml",
                    "form", "application/x-www-form-urlencoded",
                    "multipart", "multipart/form-data; boundary=x",
                    "no subtype", "application",
                    "three parts", "application/json/extra",
                    "wildcard", "*/*",
                    "too long (257)", "application/json;x=" + "a".repeat(238));
            case CLIENT_DETAILS -> Map.of(
                    "percent signs", "%%%",
                    "three pad characters", "abc===",
                    "symbol", "eyJ!");
            default -> Map.of();
        });
        values.values().removeIf(value -> keepsValidRequest(name, schema, value));
        return values;
    }

    /** A value that changes nothing about the request's validity is no defect. */
    private boolean keepsValidRequest(String name, Schema<?> schema, String value) {
        return name.equals(CLIENT_DETAILS) && SchemaRules.keeps(schema, value);
    }

    private String repeatedValue(String name, String example) {
        return switch (name) {
            case UUID -> "0f1d7a9c-3e2b-4c8d-9a6f-0b1e2d3c4a5b";
            case CLIENT_ID -> valid.caller().clientId();
            case CONTENT_TYPE -> "application/json";
            case ACCEPT -> LIST_VALUED.get(ACCEPT);
            default -> example;
        };
    }

    private void add(Category category, String header, String defect, Probe probe, Expectation expectation) {
        cases.add(new NegativeCase(operationId, category, header, defect, probe, expectation));
    }

    private static Map<String, String> controlCharacters() {
        Map<String, String> characters = new LinkedHashMap<>();
        characters.put("NUL inside", "\u0000");
        characters.put("BEL inside", "\u0007");
        characters.put("backspace inside", "\b");
        characters.put("tab inside", "\t");
        characters.put("vertical tab inside", "\u000b");
        characters.put("form feed inside", "\f");
        characters.put("ESC inside", "\u001b");
        characters.put("unit separator inside", "\u001f");
        characters.put("DEL inside", "\u007f");
        characters.put("bare CR inside", "\r");
        characters.put("bare LF inside", "\n");
        characters.put("non-ASCII letter inside", "\u00e9");
        characters.put("C1 control inside", "\u0085");
        return characters;
    }
}
