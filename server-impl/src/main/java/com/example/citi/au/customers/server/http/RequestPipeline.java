package com.example.citi.au.customers.server.http;

import org.springframework.core.Ordered;

/**
 * The order every API request passes, in one place, although each step is registered by the
 * package that owns it: whole answers with their length (outermost, so that an answer leaves only
 * after its request line is logged), request logging, the headers of every answer, CORS (a
 * preflight answered, a disallowed origin 403; only when origins are configured), paths and methods
 * the contract does not declare (404, 405), the required headers (400), credentials no
 * token can hold (401), the body size limit (400), the token call's lockout after failed client
 * authentications (429), Spring Security's chains (401, 403; at the default security filter
 * order, after these), the hold on a write with an Idempotency-Key until its transaction has
 * ended, then the client's calls per second (429), the scope each operation needs (403), strict
 * query values (400) and the claim of the Idempotency-Key (a stored answer, 409, 422, or the
 * write's transaction opened). The filters are plain servlet filters, which Spring Boot maps to a
 * request's own dispatch only; error pages are not under the API's path.
 */
public final class RequestPipeline {

    public static final int WHOLE_BODY_RESPONSE = Ordered.HIGHEST_PRECEDENCE;
    public static final int REQUEST_LOGGING = Ordered.HIGHEST_PRECEDENCE + 5;
    public static final int RESPONSE_HEADERS = Ordered.HIGHEST_PRECEDENCE + 6;
    public static final int CORS = Ordered.HIGHEST_PRECEDENCE + 7;
    public static final int DECLARED_OPERATIONS = Ordered.HIGHEST_PRECEDENCE + 8;
    public static final int REQUIRED_HEADERS = Ordered.HIGHEST_PRECEDENCE + 10;
    public static final int UNREADABLE_CREDENTIALS = Ordered.HIGHEST_PRECEDENCE + 12;
    public static final int REQUEST_BODY_SIZE = Ordered.HIGHEST_PRECEDENCE + 15;
    public static final int TOKEN_CALL_LOCKOUT = Ordered.HIGHEST_PRECEDENCE + 17;
    /** After Spring Security's chains (at -100): a request they refuse never holds a key. */
    public static final int IDEMPOTENT_WRITES = -50;

    /**
     * Interceptors, behind the security chains: the client's call rate, the operation's scope, its
     * query values, then its key.
     */
    public static final int CLIENT_CALL_RATE = -10;
    public static final int OPERATION_SCOPE = 0;
    public static final int STRICT_QUERY_VALUES = 10;
    public static final int IDEMPOTENCY_KEY = 20;

    private RequestPipeline() {
    }
}
