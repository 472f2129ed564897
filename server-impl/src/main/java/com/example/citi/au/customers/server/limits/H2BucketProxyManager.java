package com.example.citi.au.customers.server.limits;

import io.github.bucket4j.BucketExceptions;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.AbstractSelectForUpdateBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.LockAndGetResult;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.SelectForUpdateBasedTransaction;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Bucket4j's select-for-update buckets on H2, on the table of its PostgreSQL backend. Bucket4j has
 * no H2 backend, and H2 has no {@code ON CONFLICT (id) DO NOTHING}, which the PostgreSQL backend's
 * insert uses: a merge does the same, but for two concurrent first calls of one key, where the
 * second's primary-key violation stands for PostgreSQL's nothing. Everything else is the same SQL. A single H2 server is a single instance, so this is also
 * what keeps the limits across a restart.
 */
final class H2BucketProxyManager extends AbstractSelectForUpdateBasedProxyManager<String> {

    private static final String SELECT = "select state from rate_limit_bucket where id = ? for update";
    private static final String INSERT_EMPTY = """
            merge into rate_limit_bucket using (values (cast(? as varchar(200)))) wanted(id)
            on rate_limit_bucket.id = wanted.id
            when not matched then insert (id, state) values (wanted.id, null)
            """;
    private static final String UPDATE = "update rate_limit_bucket set state = ? where id = ?";
    private static final String DELETE = "delete from rate_limit_bucket where id = ?";

    private final DataSource dataSource;

    H2BucketProxyManager(DataSource dataSource, ClientSideConfig config) {
        super(config);
        this.dataSource = dataSource;
    }

    @Override
    protected SelectForUpdateBasedTransaction allocateTransaction(String key, Optional<Long> timeoutNanos) {
        try {
            return new KeyTransaction(dataSource.getConnection(), key);
        } catch (SQLException e) {
            throw new BucketExceptions.BucketExecutionException(e);
        }
    }

    @Override
    public void removeProxy(String key) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(DELETE)) {
            delete.setString(1, key);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new BucketExceptions.BucketExecutionException(e);
        }
    }

    private record KeyTransaction(Connection connection, String key) implements SelectForUpdateBasedTransaction {

        @Override
        public void begin(Optional<Long> timeoutNanos) {
            run(() -> connection.setAutoCommit(false));
        }

        @Override
        public void rollback() {
            run(connection::rollback);
        }

        @Override
        public void commit(Optional<Long> timeoutNanos) {
            run(connection::commit);
        }

        @Override
        public LockAndGetResult tryLockAndGet(Optional<Long> timeoutNanos) {
            try (PreparedStatement select = connection.prepareStatement(SELECT)) {
                select.setString(1, key);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? LockAndGetResult.locked(row.getBytes("state")) : LockAndGetResult.notLocked();
                }
            } catch (SQLException e) {
                throw new BucketExceptions.BucketExecutionException(e);
            }
        }

        @Override
        public boolean tryInsertEmptyData(Optional<Long> timeoutNanos) {
            try (PreparedStatement insert = connection.prepareStatement(INSERT_EMPTY)) {
                insert.setString(1, key);
                return insert.executeUpdate() > 0;
            } catch (SQLIntegrityConstraintViolationException e) {
                // a concurrent call inserted the row first: as PostgreSQL's DO NOTHING, and Bucket4j tries again
                return false;
            } catch (SQLException e) {
                throw new BucketExceptions.BucketExecutionException(e);
            }
        }

        @Override
        public void update(byte[] data, RemoteBucketState state, Optional<Long> timeoutNanos) {
            try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
                update.setBytes(1, data);
                update.setString(2, key);
                update.executeUpdate();
            } catch (SQLException e) {
                throw new BucketExceptions.BucketExecutionException(e);
            }
        }

        @Override
        public void release() {
            run(connection::close);
        }

        private static void run(SqlStep step) {
            try {
                step.run();
            } catch (SQLException e) {
                throw new BucketExceptions.BucketExecutionException(e);
            }
        }
    }

    @FunctionalInterface
    private interface SqlStep {
        void run() throws SQLException;
    }
}
