package com.example.citi.au.customers.server.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionTemplate;

class DurableCommitListenerTest {

    private final JdbcDataSource dataSource = new JdbcDataSource();
    private final JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    private final List<Connection> synced = new ArrayList<>();
    private final JdbcTransactionManager transactions = new JdbcTransactionManager(dataSource);
    private SQLException syncFailure;

    @BeforeEach
    void database() {
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        jdbc.execute("create table note (text varchar(20))");
        transactions.addListener(new DurableCommitListener(dataSource, new RecordingDurability()));
    }

    @Test
    void syncsAReadWriteCommitOnTheTransactionsOwnConnection() {
        List<Connection> transactionConnection = new ArrayList<>();

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.update("insert into note values ('kept')");
            transactionConnection.add(DataSourceUtils.getConnection(dataSource));
        });

        assertThat(synced).containsExactlyElementsOf(transactionConnection);
    }

    @Test
    void doesNotSyncAReadOnlyTransaction() {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);

        readOnly.executeWithoutResult(status -> jdbc.queryForList("select text from note"));

        assertThat(synced).isEmpty();
    }

    @Test
    void doesNotSyncARolledBackTransaction() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.update("insert into note values ('dropped')");
            status.setRollbackOnly();
        });

        assertThat(synced).isEmpty();
    }

    @Test
    void syncsOnceForAnInnerTransactionThatJoinsTheOuterOne() {
        TransactionTemplate outer = new TransactionTemplate(transactions);
        TransactionTemplate inner = new TransactionTemplate(transactions);
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);

        outer.executeWithoutResult(status -> inner.executeWithoutResult(
                joined -> jdbc.update("insert into note values ('once')")));

        assertThat(synced).hasSize(1);
    }

    @Test
    void aFailedSyncFailsTheCallerThoughTheTransactionCommitted() {
        syncFailure = new SQLException("the disk is gone");

        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(
                status -> jdbc.update("insert into note values ('unconfirmed')")))
                .isInstanceOf(TransactionSystemException.class)
                .hasCause(syncFailure);
        assertThat(jdbc.queryForList("select text from note", String.class)).containsExactly("unconfirmed");
    }

    /** Records the connections it is asked to sync, or fails as told. */
    private final class RecordingDurability implements DatabaseDurability {

        @Override
        public void verify(Connection connection) {
        }

        @Override
        public void afterCommit(Connection connection) throws SQLException {
            if (syncFailure != null) {
                throw syncFailure;
            }
            synced.add(connection);
        }
    }
}
