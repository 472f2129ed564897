package com.example.citi.au.customers.server.limits;

import com.example.citi.au.customers.server.domain.CustomerId;
import com.example.citi.au.customers.server.domain.RateLimitExceededException;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * The limits of one-time-password sends: per customer per hour, a shared quota taken before the
 * send and given back when nothing was sent; per control flow, a count the flow's own row keeps
 * (see the one-time-password service), of which this says the size and the refusal.
 */
@Component
public class OtpSendLimits {

    private final SharedBuckets buckets;
    private final RateLimitRejections rejections;
    private final Quota perCustomer;
    private final int perControlFlow;

    OtpSendLimits(SharedBuckets buckets, RateLimitRejections rejections, LimitsProperties properties) {
        this.buckets = buckets;
        this.rejections = rejections;
        int perHour = properties.otpSends().perCustomerPerHour();
        this.perCustomer = new Quota(Limit.OTP_SENDS_PER_CUSTOMER, perHour, Duration.ofHours(1),
                "At most " + perHour + " one-time passwords are sent per customer per hour");
        this.perControlFlow = properties.otpSends().perControlFlow();
    }

    /** Call outside any transaction: the quota is kept in a transaction of its own. */
    public Allowance takeForCustomer(CustomerId customer) {
        return buckets.take(perCustomer, customer.value());
    }

    public void giveBack(CustomerId customer) {
        buckets.giveBack(perCustomer, customer.value());
    }

    public int perControlFlow() {
        return perControlFlow;
    }

    /** What a flow still allows after its {@code sends}-th password, until it expires. */
    public Allowance forControlFlow(int sends, Duration untilExpiry) {
        return new Allowance(perControlFlow, perControlFlow - sends, untilExpiry);
    }

    /** A flow has had all its passwords; it never gets another, so the wait is until it expires. */
    public RateLimitExceededException controlFlowUsedUp(Duration untilExpiry) {
        return rejections.refused(Limit.OTP_SENDS_PER_CONTROL_FLOW,
                "At most " + perControlFlow + " one-time passwords are sent per control flow; ask for the change again",
                untilExpiry);
    }
}
