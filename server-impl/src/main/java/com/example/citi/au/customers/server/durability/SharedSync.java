package com.example.citi.au.customers.server.durability;

import java.sql.SQLException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Group commit: transactions that committed while a sync was running share the next one, instead
 * of each forcing the file on its own. A caller's commit has happened before it asks, so any sync
 * that starts after the ask covers it; the caller returns once such a sync has finished. One sync
 * runs at a time; a failed sync fails its own caller, and the callers waiting on it try again.
 */
final class SharedSync {

    /** Forces everything committed so far to disk. */
    @FunctionalInterface
    interface Sync {
        void run() throws SQLException;
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition finished = lock.newCondition();
    private long asked;
    private long covered;
    private boolean running;

    /** Returns once a sync that started after this call has finished; runs it if none is running. */
    void await(Sync sync) throws SQLException {
        lock.lock();
        try {
            long mine = ++asked;
            while (covered < mine) {
                if (running) {
                    finished.awaitUninterruptibly();
                } else {
                    runSync(sync);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Runs the sync outside the lock, so that the commits made meanwhile can queue for the next one. */
    private void runSync(Sync sync) throws SQLException {
        running = true;
        long covers = asked;
        boolean synced = false;
        lock.unlock();
        try {
            sync.run();
            synced = true;
        } finally {
            lock.lock();
            running = false;
            if (synced) {
                covered = covers;
            }
            finished.signalAll();
        }
    }
}
