package com.example.citi.au.customers.server.problem;

import com.example.citi.au.customers.server.generated.model.ErrorResponse;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * A request that failed because the database could not be reached (no connection within the
 * pool's connection-timeout, a connection lost mid-call, a query timed out): the server is fine and
 * the call may succeed later, so the answer is 503 {@code serverUnavailable} with Retry-After, not
 * a 500. Recognised anywhere in the cause chain, as Spring wraps the driver's exception.
 */
public final class DatabaseUnavailable {

    /**
     * Seconds a client should wait before calling again: the pool keeps trying to reconnect, and a
     * client that calls at once only adds a connection-timeout's wait to a server that cannot help.
     */
    public static final String RETRY_AFTER_SECONDS = "5";

    /** SQLState class 08: connection exception (SQL standard), as PostgreSQL's driver reports a lost connection. */
    private static final String CONNECTION_EXCEPTION = "08";

    private DatabaseUnavailable() {
    }

    public static boolean isCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
                    || cause instanceof TransientDataAccessResourceException
                    || cause instanceof RecoverableDataAccessException || cause instanceof QueryTimeoutException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException || cause instanceof SQLRecoverableException
                    || cause instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(CONNECTION_EXCEPTION)) {
                return true;
            }
        }
        return false;
    }

    static ResponseEntity<ErrorResponse> answer() {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(ApiErrors.serverUnavailable());
    }
}
