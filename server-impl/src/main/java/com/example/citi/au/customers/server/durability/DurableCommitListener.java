package com.example.citi.au.customers.server.durability;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.TransactionSystemException;

/**
 * Holds the answer to a write back until its commit is on disk. It runs in the request's thread
 * right after the commit, on the transaction's own connection (still bound to the thread until
 * the transaction manager cleans up), so it never waits for a second connection from the pool.
 * A failure reaches the caller as an error: the write may or may not survive, but it is not
 * acknowledged.
 */
final class DurableCommitListener implements TransactionExecutionListener {

    private final DataSource dataSource;
    private final DatabaseDurability durability;

    DurableCommitListener(DataSource dataSource, DatabaseDurability durability) {
        this.dataSource = dataSource;
        this.durability = durability;
    }

    @Override
    public void afterCommit(TransactionExecution transaction, @Nullable Throwable commitFailure) {
        if (commitFailure != null || !transaction.isNewTransaction() || transaction.isReadOnly()) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            durability.afterCommit(connection);
        } catch (SQLException e) {
            throw new TransactionSystemException("The committed transaction could not be forced to disk", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
