package com.example.citi.au.customers.server.limits;

import com.example.citi.au.customers.server.domain.CustomerId;
import java.time.Duration;
import org.springframework.stereotype.Component;

/** Profile image uploads per customer per hour. Every attempt counts: checking an image is the costly part. */
@Component
public class ImageUploadLimits {

    private final SharedBuckets buckets;
    private final Quota perCustomer;

    ImageUploadLimits(SharedBuckets buckets, LimitsProperties properties) {
        this.buckets = buckets;
        int perHour = properties.imageUploads().perCustomerPerHour();
        this.perCustomer = new Quota(Limit.IMAGE_UPLOADS_PER_CUSTOMER, perHour, Duration.ofHours(1),
                "At most " + perHour + " profile images are uploaded per customer per hour");
    }

    /** Call outside any transaction: the quota is kept in a transaction of its own. */
    public Allowance take(CustomerId customer) {
        return buckets.take(perCustomer, customer.value());
    }
}
