package com.example.citi.au.customers.server.idempotency;

import com.example.citi.au.customers.server.problem.ApiErrors;
import com.example.citi.au.customers.server.problem.ErrorResponseWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Holds a write that carries an Idempotency-Key, and its answer, until the write's transaction
 * has ended: the answer is stored and committed with the write, or the write is rolled back and
 * its key released, and only then does the answer leave. Requests without the header, and reads,
 * pass untouched.
 *
 * <p>Which answers are stored: every 2xx, and the two error answers that tell of a change the
 * server keeps, both carrying {@code moreInfo.controlFlowId}: the 403 {@code stepUpRequired} that
 * holds a change for its one-time password, and the 422 of a wrong one-time password, which is
 * counted. Every other error answer changed nothing and is not stored, so the key may be sent
 * again; its transaction is rolled back.
 */
final class IdempotentWritesFilter extends HttpFilter {

    private static final Logger log = LoggerFactory.getLogger(IdempotentWritesFilter.class);
    private static final Set<String> WRITE_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final String RETRY_AFTER_SECONDS = "1";

    private final IdempotentWrites writes;
    private final ErrorResponseWriter errorWriter;
    private final JsonMapper json;

    IdempotentWritesFilter(IdempotentWrites writes, ErrorResponseWriter errorWriter, JsonMapper json) {
        this.writes = writes;
        this.errorWriter = errorWriter;
        this.json = json;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getHeader(IdempotencyKey.HEADER) == null || !WRITE_METHODS.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        ReplayableBody body = new ReplayableBody(request);
        KeyedWrite write = KeyedWrite.attachTo(body);
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(body, answer);
            if (write.isClaimed()) {
                end(write, answer);
            }
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!write.isClaimed()) {
                throw failure;
            }
            log.error("A write with an Idempotency-Key failed; rolled back and its key released", failure);
            if (!write.transaction().isCompleted()) {
                writes.abandon(write.scope(), write.token(), write.transaction());
            }
            replaceAnswer(answer, HttpStatus.INTERNAL_SERVER_ERROR);
        }
        answer.copyBodyToResponse();
    }

    private void end(KeyedWrite write, ContentCachingResponseWrapper answer) throws IOException {
        int status = answer.getStatus();
        byte[] body = answer.getContentAsByteArray();
        boolean keep = status / 100 == 2 || tellsOfKeptChange(status, body);
        IdempotentWrites.Outcome outcome = writes.finish(write.scope(), write.token(), write.transaction(),
                new StoredAnswer(status, answer.getContentType(), body), keep);
        if (outcome == IdempotentWrites.Outcome.CLAIM_LOST) {
            answer.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            replaceAnswer(answer, HttpStatus.CONFLICT);
        } else if (outcome == IdempotentWrites.Outcome.FAILED) {
            log.error("The transaction of a write with an Idempotency-Key did not commit");
            replaceAnswer(answer, HttpStatus.INTERNAL_SERVER_ERROR);
        }
    }

    private boolean tellsOfKeptChange(int status, byte[] body) {
        if (status != HttpStatus.FORBIDDEN.value() && status != HttpStatus.UNPROCESSABLE_CONTENT.value()) {
            return false;
        }
        try {
            return json.readTree(body).path("moreInfo").hasNonNull("controlFlowId");
        } catch (JacksonException notAnErrorBody) {
            return false;
        }
    }

    private void replaceAnswer(ContentCachingResponseWrapper answer, HttpStatus status) throws IOException {
        answer.resetBuffer();
        errorWriter.write(answer, status.value(), status == HttpStatus.CONFLICT
                ? ApiErrors.idempotencyKeyInUse()
                : ApiErrors.serverUnavailable());
    }
}
