package com.example.citi.au.customers.server.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SharedSyncTest {

    private final SharedSync sharedSync = new SharedSync();
    private final AtomicInteger syncs = new AtomicInteger();
    private final CountDownLatch firstSyncMayEnd = new CountDownLatch(1);
    private final CountDownLatch firstSyncStarted = new CountDownLatch(1);

    @Test
    void commitsThatAskWhileASyncRunsShareTheNextOne() throws Exception {
        Thread first = caller(() -> syncBlockingTheFirstTime(false));
        awaitFirstSyncRunning();
        List<Thread> during = List.of(caller(this::countSync), caller(this::countSync), caller(this::countSync));
        awaitWaiting(during);

        firstSyncMayEnd.countDown();
        first.join();
        for (Thread caller : during) {
            caller.join();
        }

        assertThat(syncs).hasValue(2);
    }

    @Test
    void aCallerReturnsOnlyAfterASyncThatStartedAfterItAsked() throws Exception {
        Thread first = caller(() -> syncBlockingTheFirstTime(false));
        awaitFirstSyncRunning();
        CompletableFuture<Integer> syncsSeen = new CompletableFuture<>();
        Thread later = new Thread(() -> {
            awaitQuietly(() -> countSync());
            syncsSeen.complete(syncs.get());
        });
        later.start();
        awaitWaiting(List.of(later));

        firstSyncMayEnd.countDown();
        first.join();
        later.join();

        assertThat(syncsSeen.get(5, TimeUnit.SECONDS)).isEqualTo(2);
    }

    @Test
    void aFailedSyncFailsItsCallerAndTheWaitingCallersSyncAgain() throws Exception {
        CompletableFuture<Throwable> firstOutcome = new CompletableFuture<>();
        Thread first = new Thread(() -> {
            try {
                sharedSync.await(() -> syncBlockingTheFirstTime(true));
                firstOutcome.complete(null);
            } catch (SQLException e) {
                firstOutcome.complete(e);
            }
        });
        first.start();
        awaitFirstSyncRunning();
        Thread waiting = caller(this::countSync);
        awaitWaiting(List.of(waiting));

        firstSyncMayEnd.countDown();
        first.join();
        waiting.join();

        assertThat(firstOutcome.get(5, TimeUnit.SECONDS)).isInstanceOf(SQLException.class);
        assertThat(syncs).hasValue(2);
    }

    @Test
    void aLoneCallerRunsItsOwnSync() throws Exception {
        sharedSync.await(this::countSync);
        sharedSync.await(this::countSync);

        assertThat(syncs).hasValue(2);
    }

    private void syncBlockingTheFirstTime(boolean fail) throws SQLException {
        syncs.incrementAndGet();
        firstSyncStarted.countDown();
        try {
            assertThat(firstSyncMayEnd.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (fail) {
            throw new SQLException("the disk is gone");
        }
    }

    private void countSync() {
        syncs.incrementAndGet();
    }

    private Thread caller(SharedSync.Sync sync) {
        Thread thread = new Thread(() -> awaitQuietly(sync));
        thread.start();
        return thread;
    }

    private void awaitQuietly(SharedSync.Sync sync) {
        try {
            sharedSync.await(sync);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void awaitFirstSyncRunning() throws InterruptedException {
        assertThat(firstSyncStarted.await(10, TimeUnit.SECONDS)).isTrue();
    }

    /** Waits until each thread is parked in SharedSync, waiting for a sync to finish. */
    private static void awaitWaiting(List<Thread> threads) {
        List<Thread> notYet = new ArrayList<>(threads);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!notYet.isEmpty()) {
            notYet.removeIf(thread -> thread.getState() == Thread.State.WAITING);
            assertThat(System.nanoTime()).as("callers waiting in time").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }
}
