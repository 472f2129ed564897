package com.example.citi.au.customers.server.limits;

import com.example.citi.au.customers.server.domain.RateLimitExceededException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Every refusal over a limit passes here, so that each is counted under its limit's name. */
@Component
class RateLimitRejections {

    static final String METER = "customers.ratelimit.rejections";

    private final Map<Limit, Counter> counters = new EnumMap<>(Limit.class);

    RateLimitRejections(MeterRegistry registry) {
        for (Limit limit : Limit.values()) {
            counters.put(limit, Counter.builder(METER)
                    .description("Calls refused with 429 rateLimitExceeded")
                    .tag("limit", limit.tag())
                    .register(registry));
        }
    }

    RateLimitExceededException refused(Limit limit, String details, Duration retryAfter) {
        counters.get(limit).increment();
        return new RateLimitExceededException(details, retryAfter);
    }
}
