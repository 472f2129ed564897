package com.example.citi.au.customers.client.logging;

import com.example.citi.au.customers.client.pipeline.Call;
import com.example.citi.au.customers.client.pipeline.HttpPolicy;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One debug line per attempt: method, the contract's path template, status, duration, attempt number, and
 * whether the server replayed a stored answer ({@code Idempotent-Replayed: true}). It
 * names no header, query, body or exception message, so no token, secret, one-time password, email address
 * or phone number can reach the log through it.
 */
public final class AttemptLogPolicy implements HttpPolicy {

    private static final Logger log = LoggerFactory.getLogger(AttemptLogPolicy.class);

    private final Clock clock;

    public AttemptLogPolicy(Clock clock) {
        this.clock = clock;
    }

    @Override
    public HttpResponse<byte[]> send(HttpRequest request, Call call, Next next) throws IOException, InterruptedException {
        int attempt = call.beginAttempt(request);
        Instant sent = clock.instant();
        try {
            HttpResponse<byte[]> answer = next.send(request);
            log.debug("{} {} {} in {} ms, attempt {}{}", call.method(), call.pathTemplate(), answer.statusCode(),
                    millisSince(sent), attempt, replayed(answer) ? ", replayed by the server" : "");
            return answer;
        } catch (IOException e) {
            log.debug("{} {} no answer ({}) after {} ms, attempt {}", call.method(), call.pathTemplate(),
                    e.getClass().getSimpleName(), millisSince(sent), attempt);
            throw e;
        }
    }

    /** The server answered with the stored answer of an earlier attempt with the same Idempotency-Key. */
    private static boolean replayed(HttpResponse<byte[]> answer) {
        return answer.headers().firstValue("Idempotent-Replayed").map("true"::equalsIgnoreCase).orElse(false);
    }

    private long millisSince(Instant sent) {
        return Duration.between(sent, clock.instant()).toMillis();
    }
}
