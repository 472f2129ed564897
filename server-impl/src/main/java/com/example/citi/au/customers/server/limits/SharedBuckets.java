package com.example.citi.au.customers.server.limits;

import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.time.Duration;
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
        ConsumptionProbe probe = buckets.getProxy(quota.key(subject), quota::bucket).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw rejections.refused(quota.limit(), quota.details(), Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
        return new Allowance(quota.capacity(), probe.getRemainingTokens(), Duration.ofNanos(probe.getNanosToWaitForReset()));
    }

    /** Gives back a call taken for something that was then not done. */
    void giveBack(Quota quota, Object subject) {
        buckets.getProxy(quota.key(subject), quota::bucket).addTokens(1);
    }
}
