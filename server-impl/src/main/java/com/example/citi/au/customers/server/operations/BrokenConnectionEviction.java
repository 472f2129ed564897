package com.example.citi.au.customers.server.operations;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import java.util.Set;

/**
 * Tells the connection pool to drop a connection whose database link is gone. Hikari evicts on the
 * SQL states of a broken connection (08xxx), but H2 in server mode reports a cut link with codes of
 * its own, so the pool kept lending out the dead connections: under steady load none sat idle long
 * enough to be checked, and the server answered 503 long after the database was back.
 */
public final class BrokenConnectionEviction implements SQLExceptionOverride {

    /** H2's ErrorCode.CONNECTION_BROKEN_1, DATABASE_IS_CLOSED and DATABASE_CALLED_AT_SHUTDOWN. */
    static final Set<Integer> H2_LINK_GONE = Set.of(90067, 90098, 90121);

    @java.lang.Override
    public SQLExceptionOverride.Override adjudicate(SQLException exception) {
        return H2_LINK_GONE.contains(exception.getErrorCode())
                ? SQLExceptionOverride.Override.MUST_EVICT
                : SQLExceptionOverride.Override.CONTINUE_EVICT;
    }
}
