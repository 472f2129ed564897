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

    String key(Object subject) {
        return limit.tag() + ":" + subject;
    }
}
