package com.example.citi.au.customers.server.limits;

import com.example.citi.au.customers.server.domain.RateLimitExceededException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * Locks a client_id, and an address, out of the token call after repeated failed client
 * authentications, for a time that doubles with each lockout. A locked-out call is refused before
 * its secret is checked, so the refusal is the same for a right and a wrong secret, and for a
 * client_id that does not exist: it tells nothing about any secret.
 *
 * <p>Calls that arrive together are checked before their failures are counted, so a guesser gets
 * at most the threshold plus the calls it has in flight at once (bounded by the worker threads)
 * before the lockout starts.
 */
@Component
class ClientAuthenticationLockout {

    private static final int RETRIES = 5;
    /** Forgotten keys are deleted every this many failures, so that guessed client_ids do not pile up. */
    private static final long CLEAN_UP_EVERY = 100;

    private final FailureRecordRepository records;
    private final RateLimitRejections rejections;
    private final LimitsProperties.ClientAuthentication rules;
    private final Clock clock;
    private final AtomicLong failuresSinceCleanUp = new AtomicLong();

    ClientAuthenticationLockout(FailureRecordRepository records, RateLimitRejections rejections,
                                LimitsProperties properties, Clock clock) {
        this.records = records;
        this.rejections = rejections;
        this.rules = properties.clientAuthentication();
        this.clock = clock;
    }

    /** The refusal of a call by this client_id (null when the call names none) from this address, if either is locked out. */
    Optional<RateLimitExceededException> refusal(String clientId, String address) {
        Instant now = clock.instant();
        if (clientId != null) {
            FailureRecord client = records.find(LockoutSubject.client(clientId));
            if (client.lockedAt(now)) {
                return Optional.of(rejections.refused(Limit.FAILED_AUTHENTICATIONS_PER_CLIENT,
                        "Too many failed client authentications for this client_id; it is locked out for a while",
                        Duration.between(now, client.lockedUntil())));
            }
        }
        FailureRecord fromAddress = records.find(LockoutSubject.address(address));
        if (fromAddress.lockedAt(now)) {
            return Optional.of(rejections.refused(Limit.FAILED_AUTHENTICATIONS_PER_ADDRESS,
                    "Too many failed client authentications from this address; it is locked out for a while",
                    Duration.between(now, fromAddress.lockedUntil())));
        }
        return Optional.empty();
    }

    void failed(String clientId, String address) {
        Instant now = clock.instant();
        if (clientId != null) {
            countFailure(LockoutSubject.client(clientId), now);
        }
        countFailure(LockoutSubject.address(address), now);
        if (failuresSinceCleanUp.incrementAndGet() % CLEAN_UP_EVERY == 0) {
            records.deleteForgotten(now.minus(rules.forgetAfter()), now);
        }
    }

    /** The client knows its secret: its own count starts again. The address keeps its count. */
    void succeeded(String clientId) {
        records.delete(LockoutSubject.client(clientId));
    }

    private void countFailure(LockoutSubject subject, Instant now) {
        for (int attempt = 0; attempt < RETRIES; attempt++) {
            FailureRecord before = records.find(subject);
            if (records.replace(subject, before, before.afterFailure(now, rules))) {
                return;
            }
        }
        throw new IllegalStateException("could not count a failed authentication of " + subject.kind()
                + " after " + RETRIES + " concurrent changes");
    }
}
