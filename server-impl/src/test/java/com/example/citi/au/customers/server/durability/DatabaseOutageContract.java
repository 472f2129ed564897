package com.example.citi.au.customers.server.durability;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.server.support.ApiResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged server under load while its database goes away, through a {@link TcpProxy} the test
 * cuts and restores: every call answers within a bounded time, and while the database is away with
 * 503 serverUnavailable and Retry-After in the error model (each answer validated against the
 * contract); readiness goes down and liveness stays up; no worker is held, so the management port
 * and undeclared methods still answer at once; restored, the same process serves again.
 */
abstract class DatabaseOutageContract {

    /** Clients calling at once: twice the server's 16 workers, so that every worker is busy. */
    private static final int CLIENTS = 32;
    /**
     * The longest a call may take while the database is away: with twice as many clients as workers
     * a call may wait for a worker held by another call's connection-timeout (2 s), then wait its own
     * (2 s); plus what a loaded two-core machine adds. Measured: at most 5.8 s at a load average of 20.
     */
    private static final Duration ANSWER_BOUND = Duration.ofSeconds(8);
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Storage storage;
    private TcpProxy proxy;
    private ServerProcess server;

    /** Storage whose server arguments reach the database through the proxy this method is given. */
    abstract Storage newStorage(TcpProxyFactory proxies);

    interface TcpProxyFactory {
        TcpProxy to(String host, int port);
    }

    @BeforeEach
    void startServerBehindTheProxy() throws IOException {
        storage = newStorage((host, port) -> proxy = new TcpProxy(host, port));
        Path log = Path.of("target", "durability", getClass().getSimpleName() + ".log");
        Files.createDirectories(log.getParent());
        server = ServerProcess.start(storage.serverArguments(), log);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        if (proxy != null) {
            proxy.close();
        }
        if (storage != null) {
            storage.close();
        }
    }

    @Test
    void answers503InBoundedTimeWhileTheDatabaseIsAwayAndServesAgainWhenItIsBack() throws Exception {
        CustomerCalls olivia = new CustomerCalls(server.port(), 1);
        assertThat(olivia.emails().status()).isEqualTo(200);
        assertThat(readiness().statusCode()).isEqualTo(200);
        Load load = new Load(olivia);

        try {
            load.awaitAnswers(200, 1);
            proxy.cut();
            long cutAt = System.nanoTime();
            await("readiness goes down", () -> readiness().statusCode() == 503);
            Duration readinessDown = since(cutAt);
            load.awaitAnswersSince(cutAt, 503, 2 * CLIENTS);

            assertThat(liveness().statusCode()).as("liveness stays up").isEqualTo(200);
            ApiResponse tokenCall = CustomerCalls.tokenCall(server.port(), 1, http);
            assertThat(tokenCall.status()).as("a token call whose secret cannot be checked").isEqualTo(503);
            assertThat(tokenCall.header("Retry-After")).isEqualTo("5");
            assertThat(answeredAtOnce("TRACE")).as("a worker is free for what needs no database").isTrue();

            proxy.restore();
            long restoredAt = System.nanoTime();
            await("readiness comes back", () -> readiness().statusCode() == 200);
            Duration readinessUp = since(restoredAt);
            load.awaitAnswersSince(restoredAt, 200, CLIENTS);
            System.out.printf("%s: readiness down %d ms after the cut, up %d ms after the restore; %d answers 503,"
                            + " the slowest in %d ms; serving again %d ms after the restore%n", storage,
                    readinessDown.toMillis(), readinessUp.toMillis(), load.answers503().size(),
                    load.slowest(load.answers503()).toMillis(), since(restoredAt).toMillis());
        } finally {
            load.stop();
        }

        assertThat(load.failures()).as("calls that got no answer or an unexpected one").isEmpty();
        assertThat(load.slowest(load.answers503())).as("the slowest 503").isLessThan(ANSWER_BOUND);
        assertThat(load.answers503()).allSatisfy(answer -> {
            assertThat(answer.response().errorCode()).isEqualTo("serverUnavailable");
            assertThat(answer.response().header("Retry-After")).isEqualTo("5");
        });
        assertThat(server.isAlive()).isTrue();
        assertThat(olivia.holdEmailChange(2001, "olivia.after-outage@example.org").status())
                .as("a write after the outage, by the same process").isEqualTo(403);
    }

    private static Duration since(long nanoTime) {
        return Duration.ofNanos(System.nanoTime() - nanoTime);
    }

    private HttpResponse<String> readiness() throws IOException, InterruptedException {
        return management("/actuator/health/readiness");
    }

    private HttpResponse<String> liveness() throws IOException, InterruptedException {
        return management("/actuator/health/liveness");
    }

    private HttpResponse<String> management(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.managementPort() + path))
                .timeout(WAIT).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** An undeclared method on a declared path, answered 405 without the database, within a second. */
    private boolean answeredAtOnce(String method) throws IOException, InterruptedException {
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/api/v1/customers/profiles/emails"))
                .method(method, HttpRequest.BodyPublishers.noBody()).timeout(WAIT).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 405 && Duration.ofNanos(System.nanoTime() - started).compareTo(ANSWER_BOUND) < 0;
    }

    /** Polls every 50 ms until the check holds, failing after {@link #WAIT}. */
    private static void await(String what, Check check) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!check.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": not within " + WAIT);
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }

    @FunctionalInterface
    private interface Check {
        boolean holds() throws Exception;
    }

    private record Answer(long sentAt, Duration took, ApiResponse response) {
    }

    /** CLIENTS threads reading the customer's emails in a loop, each answer kept with its time. */
    private static final class Load {

        private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        private final List<Future<?>> loops = new ArrayList<>();

        Load(CustomerCalls calls) {
            for (int i = 0; i < CLIENTS; i++) {
                loops.add(clients.submit(() -> {
                    while (running.get()) {
                        long sentAt = System.nanoTime();
                        try {
                            ApiResponse response = calls.emails();
                            answers.add(new Answer(sentAt, Duration.ofNanos(System.nanoTime() - sentAt), response));
                            if (response.status() != 200 && response.status() != 503) {
                                failures.add(response.status() + " " + response.body());
                            }
                        } catch (RuntimeException | AssertionError e) {
                            failures.add(e.toString());
                        }
                    }
                }));
            }
        }

        void awaitAnswers(int status, int count) throws Exception {
            awaitAnswersSince(0, status, count);
        }

        void awaitAnswersSince(long since, int status, int count) throws Exception {
            await(count + " answers " + status, () -> !failures.isEmpty() || answers.stream()
                    .filter(answer -> answer.sentAt() >= since && answer.response().status() == status)
                    .count() >= count);
        }

        List<Answer> answers503() {
            return answers.stream().filter(answer -> answer.response().status() == 503).toList();
        }

        Duration slowest(List<Answer> of) {
            return of.stream().map(Answer::took).max(Duration::compareTo).orElse(Duration.ZERO);
        }

        List<String> failures() {
            return List.copyOf(failures);
        }

        void stop() throws Exception {
            running.set(false);
            clients.shutdown();
            if (!clients.awaitTermination(WAIT.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError("the load did not stop");
            }
        }
    }
}
