package com.example.citi.au.customers.server.idempotency;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Exactly-once writes: a key is claimed in a short transaction of its own, so that a second
 * request with it sees that the first is running; the write then runs in a transaction opened
 * before its service method (which joins it), and its answer is stored in that same transaction,
 * so that the write and its answer are committed, and made durable, together or not at all.
 */
@Service
class IdempotentWrites {

    /** How a keyed write ended. */
    enum Outcome {
        /** Committed with its answer. */
        STORED,
        /** Rolled back, the key released: the answer told of no change, and the key may be sent again. */
        NOT_STORED,
        /** Rolled back: a retry took the key over after the in-flight timeout, and holds it now. */
        CLAIM_LOST,
        /** The commit failed: whether the write survived, its key knows (stored or released). */
        FAILED
    }

    private final IdempotencyKeyRepository keys;
    private final PlatformTransactionManager transactions;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final IdempotencyProperties properties;

    IdempotentWrites(IdempotencyKeyRepository keys, PlatformTransactionManager transactions, Clock clock,
                     IdempotencyProperties properties) {
        this.keys = keys;
        this.transactions = transactions;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * Claims the key, or says why not. Two first requests with one key race on its primary key;
     * the loser looks again and finds the winner's claim (or, under contention that outlasts a
     * second look, is told the key is in use).
     */
    Claim claim(IdempotencyScope scope, String requestHash) {
        for (int attempt = 1; ; attempt++) {
            try {
                return ownTransaction.execute(status -> claimOnce(scope, requestHash));
            } catch (DuplicateKeyException | ConcurrencyFailureException raced) {
                if (attempt == 2) {
                    return new Claim.InUse();
                }
            }
        }
    }

    private Claim claimOnce(IdempotencyScope scope, String requestHash) {
        Instant now = clock.instant();
        String token = UUID.randomUUID().toString();
        Optional<IdempotencyKeyRepository.KeyRow> found = keys.findForUpdate(scope);
        if (found.isEmpty()) {
            keys.insertClaim(scope, requestHash, token, now, now.plus(properties.retention()));
            return new Claim.Claimed(token);
        }
        IdempotencyKeyRepository.KeyRow row = found.get();
        boolean forgotten = !row.expiresAt().isAfter(now);
        boolean abandoned = row.answer() == null && !row.claimedAt().plus(properties.inFlightTimeout()).isAfter(now);
        if (forgotten || abandoned && row.requestHash().equals(requestHash)) {
            keys.reclaim(scope, requestHash, token, now, now.plus(properties.retention()));
            return new Claim.Claimed(token);
        }
        if (!row.requestHash().equals(requestHash)) {
            return new Claim.Reused();
        }
        return row.answer() != null ? new Claim.Replay(row.answer()) : new Claim.InUse();
    }

    /**
     * The transaction the write's service joins; its connection is held until {@link #finish}. When
     * it cannot be opened, the key is released at once rather than held until the in-flight timeout.
     */
    TransactionStatus beginWrite(IdempotencyScope scope, String token) {
        try {
            return transactions.getTransaction(TransactionDefinition.withDefaults());
        } catch (RuntimeException cannotOpen) {
            release(scope, token);
            throw cannotOpen;
        }
    }

    /**
     * Ends the write's transaction: committed with its answer when {@code keep} and the service did
     * not roll it back, else rolled back. An error answer whose service rolled back changed nothing
     * (a confirmation's step-up 403 before the password was validated); a success whose transaction
     * was rolled back cannot be acknowledged.
     */
    Outcome finish(IdempotencyScope scope, String token, TransactionStatus write, StoredAnswer answer, boolean keep) {
        boolean success = answer.status() / 100 == 2;
        if (!keep || write.isRollbackOnly()) {
            abandon(scope, token, write);
            return keep && success ? Outcome.FAILED : Outcome.NOT_STORED;
        }
        if (!keys.storeAnswer(scope, token, answer, clock.instant().plus(properties.retention()))) {
            transactions.rollback(write);
            return Outcome.CLAIM_LOST;
        }
        try {
            transactions.commit(write);
            return Outcome.STORED;
        } catch (RuntimeException commitFailed) {
            release(scope, token);
            return Outcome.FAILED;
        }
    }

    /** Rolls the write back, if it is still open, and releases its key. */
    void abandon(IdempotencyScope scope, String token, TransactionStatus write) {
        if (!write.isCompleted()) {
            transactions.rollback(write);
        }
        release(scope, token);
    }

    /** Only a claim without an answer is released: after a commit that failed late, a stored answer stays. */
    private void release(IdempotencyScope scope, String token) {
        ownTransaction.executeWithoutResult(status -> keys.release(scope, token));
    }

    /** Keys are forgotten once expired whether or not this has run; it only frees their rows. */
    @Scheduled(fixedDelayString = "${customers.idempotency.purge-interval:PT10M}",
               initialDelayString = "${customers.idempotency.purge-interval:PT10M}")
    int purgeExpired() {
        Integer purged = ownTransaction.execute(status -> keys.deleteExpired(clock.instant()));
        return purged == null ? 0 : purged;
    }
}
