package com.example.citi.au.customers.server.limits;

import com.example.citi.au.customers.server.security.Caller;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Calls per client per second: a token bucket per client that holds a burst and refills at the
 * configured rate. Kept in each instance's memory, not in the database: a shared bucket would cost
 * every call a database transaction, and a per-second rate is the instance's protection against
 * one client's flood; behind N instances a client gets up to N times the rate. The clients are the
 * registered ones (their token or their secret was checked before this), so the map stays small.
 */
@Component
final class ClientCallRate implements HandlerInterceptor {

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final RateLimitRejections rejections;
    private final TimeMeter time;
    private final LimitsProperties.ClientCalls rules;
    private final String details;

    ClientCallRate(RateLimitRejections rejections, Clock clock, LimitsProperties properties) {
        this.rejections = rejections;
        this.time = new ClockTimeMeter(clock);
        this.rules = properties.clientCalls();
        this.details = "At most " + rules.perSecond() + " calls per second are served per client, in bursts of up to "
                + rules.burst();
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String client = handler instanceof HandlerMethod ? clientOf(SecurityContextHolder.getContext().getAuthentication()) : null;
        if (client == null) {
            return true;
        }
        Bucket bucket = buckets.get(client);
        if (bucket == null) {
            bucket = buckets.computeIfAbsent(client, key -> newBucket());
        }
        if (bucket.tryConsume(1)) {
            return true;
        }
        throw rejections.refused(Limit.CALLS_PER_CLIENT, details,
                Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill()));
    }

    /** The tests' clock goes back to its start before each test; the buckets must start afresh with it. */
    void forgetAll() {
        buckets.clear();
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(rules.burst()).refillGreedy(rules.perSecond(), Duration.ofSeconds(1)))
                .withCustomTimePrecision(time)
                .build();
    }

    /** The client of an access token, or the client that authenticated with its secret on the token call. */
    private static String clientOf(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return null;
        }
        return authentication.getPrincipal() instanceof Caller caller ? caller.clientId() : authentication.getName();
    }
}
