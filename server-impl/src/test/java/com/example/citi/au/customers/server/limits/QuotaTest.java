package com.example.citi.au.customers.server.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A bucket keeps the size it was made with, so each size of a quota counts in a bucket of its own. */
class QuotaTest {

    private static final Quota TEN_AN_HOUR = new Quota(Limit.IMAGE_UPLOADS_PER_CUSTOMER, 10, Duration.ofHours(1), "");

    @Test
    void countsOneSubjectInOneBucket() {
        assertThat(TEN_AN_HOUR.key(42)).isEqualTo(TEN_AN_HOUR.key(42)).isNotEqualTo(TEN_AN_HOUR.key(43));
    }

    @Test
    void countsAQuotaOfAnotherCapacityInAnotherBucket() {
        Quota twentyAnHour = new Quota(Limit.IMAGE_UPLOADS_PER_CUSTOMER, 20, Duration.ofHours(1), "");

        assertThat(twentyAnHour.key(42)).isNotEqualTo(TEN_AN_HOUR.key(42));
    }

    @Test
    void countsAQuotaOfAnotherPeriodInAnotherBucket() {
        Quota tenADay = new Quota(Limit.IMAGE_UPLOADS_PER_CUSTOMER, 10, Duration.ofDays(1), "");

        assertThat(tenADay.key(42)).isNotEqualTo(TEN_AN_HOUR.key(42));
    }

    @Test
    void keepsEachLimitApartForTheSameSubject() {
        Quota otpSends = new Quota(Limit.OTP_SENDS_PER_CUSTOMER, 10, Duration.ofHours(1), "");

        assertThat(otpSends.key(42)).isNotEqualTo(TEN_AN_HOUR.key(42));
    }

    @Test
    void fitsTheBucketTablesKeyColumn() {
        assertThat(TEN_AN_HOUR.key(Long.MAX_VALUE)).hasSizeLessThanOrEqualTo(200);
    }
}
