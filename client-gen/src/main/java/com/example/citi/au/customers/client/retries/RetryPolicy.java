package com.example.citi.au.customers.client.retries;

import com.example.citi.au.customers.client.pipeline.Call;
import com.example.citi.au.customers.client.pipeline.HttpPolicy;
import com.example.citi.au.customers.client.pipeline.Requests;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleSupplier;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Repeats an attempt that failed for a passing reason: no connection or no answer, {@code 429}, {@code 502},
 * {@code 503}, {@code 504}, and the {@code 409 idempotencyKeyInUse} that says the same write is still running.
 * It waits what {@code Retry-After} asks, else an exponential backoff with jitter; a wait beyond the ceiling,
 * or one that would pass the call's deadline, ends the call at once with the last answer. Only requests safe
 * to repeat are retried: reads, and writes that carry an {@code Idempotency-Key}.
 */
public final class RetryPolicy implements HttpPolicy {

    private static final Logger log = LoggerFactory.getLogger(RetryPolicy.class);
    private static final Set<Integer> PASSING = Set.of(429, 502, 503, 504);
    private static final int CONFLICT = 409;
    private static final String KEY_IN_USE = "idempotencyKeyInUse";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RetryOptions options;
    private final Clock clock;
    private final Sleeper sleeper;
    private final DoubleSupplier random;
    private final Predicate<HttpRequest> safeToRepeat;

    public RetryPolicy(RetryOptions options, Clock clock, Sleeper sleeper, DoubleSupplier random,
            Predicate<HttpRequest> safeToRepeat) {
        this.options = options;
        this.clock = clock;
        this.sleeper = sleeper;
        this.random = random;
        this.safeToRepeat = safeToRepeat;
    }

    /** Reads, and writes with an Idempotency-Key: what the API's own calls may repeat. */
    public static Predicate<HttpRequest> readsAndKeyedWrites() {
        return request -> request.method().equals("GET") || request.method().equals("HEAD")
                || request.headers().firstValue(IdempotencyKey.HEADER).isPresent();
    }

    @Override
    public HttpResponse<byte[]> send(HttpRequest request, Call call, Next next) throws IOException, InterruptedException {
        Instant deadline = call.started().plus(options.deadline());
        for (int retry = 0; ; retry++) {
            HttpResponse<byte[]> answer = null;
            IOException failure = null;
            try {
                answer = next.send(withinDeadline(request, deadline));
            } catch (IOException e) {
                failure = e;
            }
            Optional<String> passing = passingFailure(answer, failure);
            if (passing.isEmpty()) {
                return answer;
            }
            Verdict verdict = verdict(request, answer, retry, deadline);
            if (verdict.stop() != null) {
                call.retriesStopped(verdict.stop());
                log.debug("{} {} not retried after {}: {}", call.method(), call.pathTemplate(), passing.get(), verdict.stop());
                return outcome(answer, failure);
            }
            log.debug("{} {} retried in {} ms after {}", call.method(), call.pathTemplate(),
                    verdict.delay().toMillis(), passing.get());
            sleeper.sleep(verdict.delay());
        }
    }

    /** Either how long to wait before the next attempt, or why there is none. */
    private record Verdict(Duration delay, String stop) {

        static Verdict stop(String reason) {
            return new Verdict(null, reason);
        }
    }

    private Verdict verdict(HttpRequest request, HttpResponse<byte[]> answer, int retry, Instant deadline) {
        if (!safeToRepeat.test(request)) {
            return Verdict.stop("a write without an Idempotency-Key is never repeated");
        }
        if (retry >= options.maxRetries()) {
            return Verdict.stop("gave up after " + (retry + 1) + " attempts");
        }
        Optional<Duration> asked = answer == null ? Optional.empty() : RetryAfter.of(answer.headers(), clock.instant());
        if (asked.isPresent() && asked.get().compareTo(options.maxRetryAfter()) > 0) {
            return Verdict.stop("the server asked to wait " + asked.get().toSeconds() + " s, more than the "
                    + options.maxRetryAfter().toSeconds() + " s the client waits");
        }
        Duration wait = asked.orElseGet(() -> backoff(retry));
        if (!clock.instant().plus(wait).isBefore(deadline)) {
            return Verdict.stop("waiting " + wait.toMillis() + " ms more would pass the call's deadline of "
                    + options.deadline().toMillis() + " ms");
        }
        return new Verdict(wait, null);
    }

    /** The deterministic part doubles from the initial backoff up to the cap; jitter takes up to its fraction off. */
    Duration backoff(int retry) {
        long initial = options.initialBackoff().toMillis();
        long capped = Math.min(options.maxBackoff().toMillis(), initial << Math.min(retry, 30));
        return Duration.ofMillis(Math.round(capped * (1 - options.jitter() * random.getAsDouble())));
    }

    private HttpRequest withinDeadline(HttpRequest request, Instant deadline) {
        Duration left = Duration.between(clock.instant(), deadline);
        if (left.compareTo(Duration.ofMillis(1)) < 0) {
            left = Duration.ofMillis(1);
        }
        Optional<Duration> own = request.timeout();
        return own.isPresent() && own.get().compareTo(left) <= 0 ? request : Requests.withTimeout(request, left);
    }

    private static Optional<String> passingFailure(HttpResponse<byte[]> answer, IOException failure) {
        if (failure != null) {
            return Optional.of(failure.getClass().getSimpleName());
        }
        int status = answer.statusCode();
        if (PASSING.contains(status)) {
            return Optional.of(String.valueOf(status));
        }
        if (status == CONFLICT && KEY_IN_USE.equals(errorCode(answer.body()))) {
            return Optional.of("409 " + KEY_IN_USE);
        }
        return Optional.empty();
    }

    private static String errorCode(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            return JSON.readTree(body).path("code").asString(null);
        } catch (JacksonException notJson) {
            return null;
        }
    }

    private static HttpResponse<byte[]> outcome(HttpResponse<byte[]> answer, IOException failure) throws IOException {
        if (failure != null) {
            throw failure;
        }
        return answer;
    }
}
