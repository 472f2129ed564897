package com.example.citi.au.customers.server.limits;

import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;

/** A limit of {@code capacity} calls per {@code period} for each subject (a customer), refilled evenly. */
record Quota(Limit limit, long capacity, Duration period, String details) {

    BucketConfiguration bucket() {
        return BucketConfiguration.builder()
                .addLimit(bandwidth -> bandwidth.capacity(capacity).refillGreedy(capacity, period))
                .build();
    }

    /**
     * The limit, its size and the subject: a bucket keeps the size it was made with, so a quota changed
     * in the settings counts in a new bucket of the new size instead of the stored one. The old rows
     * stay in the table, one per subject that had one.
     */
    String key(Object subject) {
        return limit.tag() + ":" + capacity + "/" + period.toSeconds() + "s:" + subject;
    }
}
