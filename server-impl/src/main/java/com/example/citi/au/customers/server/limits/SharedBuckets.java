package com.example.citi.au.customers.server.limits;

import io.github.bucket4j.BucketExceptions;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * Quotas kept in the database (Bucket4j's select-for-update buckets), so that every instance of a
 * deployment counts against the same buckets. Each call is one short transaction of its own on a
 * connection of its own: call it outside any other transaction, or a full pool would wait on itself.
 */
@Component
class SharedBuckets {

    private final ProxyManager<String> buckets;
    private final RateLimitRejections rejections;

    SharedBuckets(ProxyManager<String> buckets, RateLimitRejections rejections) {
        this.buckets = buckets;
        this.rejections = rejections;
    }

    /** Takes one call from the subject's quota, or refuses it with the time until one is free. */
    Allowance take(Quota quota, Object subject) {
        ConsumptionProbe probe = unlessUnreachable(
                () -> buckets.getProxy(quota.key(subject), quota::bucket).tryConsumeAndReturnRemaining(1));
        if (!probe.isConsumed()) {
            throw rejections.refused(quota.limit(), quota.details(), Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
        return new Allowance(quota.capacity(), probe.getRemainingTokens(), Duration.ofNanos(probe.getNanosToWaitForReset()));
    }

    /** Gives back a call taken for something that was then not done. */
    void giveBack(Quota quota, Object subject) {
        unlessUnreachable(() -> {
            buckets.getProxy(quota.key(subject), quota::bucket).addTokens(1);
            return null;
        });
    }

    /** Bucket4j's own failure, of a database the server cannot reach, as Spring's failure of a data access. */
    private static <T> T unlessUnreachable(Supplier<T> bucketCall) {
        try {
            return bucketCall.get();
        } catch (BucketExceptions.BucketExecutionException e) {
            throw new DataAccessResourceFailureException("the rate limits' buckets cannot be read or written", e);
        }
    }
}
