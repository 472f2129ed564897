package com.example.citi.au.customers.server.durability;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.server.durability.Write.Contact;
import com.example.citi.au.customers.server.support.ApiResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * An acknowledged write survives the end of the server process, on the storage a subclass names:
 * the packaged server runs as a process of its own, is killed (SIGKILL) or stopped (SIGTERM),
 * and is started again on the same data.
 */
abstract class DurabilityContract {

    /** Writes acknowledged across all clients before the server is stopped: a few seconds of load. */
    private static final int WRITES_BEFORE_THE_END = 640;
    private static final int CLIENTS = 32;
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration SHUTDOWN_PHASE_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration GRACE_PERIOD = DRAIN_TIMEOUT.plus(SHUTDOWN_PHASE_TIMEOUT);
    /** The README's journey: Olivia, sandbox customer 1, changes her preferred address 2001. */
    private static final long OLIVIA = 1;
    private static final long OLIVIAS_PREFERRED_EMAIL = 2001;

    /** A fresh, empty place for the server's data. */
    abstract Storage newStorage();

    @Test
    void keepsAConfirmedEmailChangeWhenKilledRightAfterTheAnswer(TestInfo test) {
        try (Storage storage = newStorage()) {
            String address = "olivia.durable@example.org";
            try (ServerProcess server = start(storage, test)) {
                CustomerCalls calls = new CustomerCalls(server.port(), OLIVIA);
                String flow = calls.holdEmailChange(OLIVIAS_PREFERRED_EMAIL, address).json()
                        .path("moreInfo").path("controlFlowId").asString();
                assertThat(calls.sendPassword(flow).status()).isEqualTo(200);
                assertThat(calls.validatePassword(flow, calls.passwordSentFor(flow)).status()).isEqualTo(200);

                ApiResponse confirmation = calls.confirm(Contact.EMAIL, flow);
                server.kill();

                assertThat(confirmation.status()).isEqualTo(200);
            }
            try (ServerProcess restarted = start(storage, test)) {
                assertThat(new CustomerCalls(restarted.port(), OLIVIA).emails().json().path("emails"))
                        .anySatisfy(email -> {
                            assertThat(email.path("emailKey").asLong()).isEqualTo(OLIVIAS_PREFERRED_EMAIL);
                            assertThat(email.path("emailAddress").asString()).isEqualTo(address);
                            assertThat(email.path("preferredEmailFlag").asBoolean()).isTrue();
                        });
            }
        }
    }

    @Test
    void keepsEveryAcknowledgedWriteAndHalfOfNoneWhenKilledUnderLoad(TestInfo test) throws Exception {
        LoadTestCustomers customers = new LoadTestCustomers(CLIENTS);
        try (Storage storage = newStorage()) {
            List<CustomerWriter> writers;
            try (ServerProcess server = start(storage, customers, test)) {
                writers = underLoad(server, customers, ServerProcess::kill);
            }
            assertThat(writers).extracting(CustomerWriter::failure).as("unexpected answers").containsOnlyNulls();
            assertThat(writers).as("clients with a write in flight when the server was killed")
                    .anyMatch(writer -> writer.journal().hasUnanswered());

            try (ServerProcess restarted = start(storage, customers, test)) {
                restarted.terminate(GRACE_PERIOD);
            }
            assertStoredStatesFollowFromTheJournals(storage, writers);
        } finally {
            customers.delete();
        }
    }

    @Test
    void answersEveryAcceptedRequestAndStopsInTimeWhenTerminatedUnderLoad(TestInfo test) throws Exception {
        LoadTestCustomers customers = new LoadTestCustomers(CLIENTS);
        try (Storage storage = newStorage()) {
            List<Duration> stoppedAfter = new ArrayList<>();
            List<CustomerWriter> writers;
            try (ServerProcess server = start(storage, customers, test,
                    "--customers.shutdown.drain-timeout=" + DRAIN_TIMEOUT.toSeconds() + "s",
                    "--spring.lifecycle.timeout-per-shutdown-phase=" + SHUTDOWN_PHASE_TIMEOUT.toSeconds() + "s")) {
                writers = underLoad(server, customers, stopping -> stoppedAfter.add(stopping.terminate(GRACE_PERIOD)));
            }

            assertThat(writers).extracting(CustomerWriter::failure).as("unexpected answers").containsOnlyNulls();
            assertThat(writers).as("clients whose request was accepted and left unanswered")
                    .noneMatch(writer -> writer.journal().hasUnanswered());
            assertThat(writers).as("clients stopped by a refused connection").allMatch(CustomerWriter::refused);
            assertThat(stoppedAfter.get(0)).isLessThan(GRACE_PERIOD);

            assertStoredStatesFollowFromTheJournals(storage, writers);
        } finally {
            customers.delete();
        }
    }

    /** Runs a writer per customer until enough writes are acknowledged, ends the server, and waits for the writers. */
    private static List<CustomerWriter> underLoad(ServerProcess server, LoadTestCustomers customers,
                                                  Consumer<ServerProcess> end)
            throws InterruptedException {
        CountDownLatch acknowledgements = new CountDownLatch(WRITES_BEFORE_THE_END);
        List<CustomerWriter> writers = customers.all().stream()
                .map(customer -> new CustomerWriter(customer, server.port(), acknowledgements))
                .toList();
        List<Thread> threads = new ArrayList<>();
        for (CustomerWriter writer : writers) {
            Thread thread = new Thread(writer, "customer-" + writer.journal().customer().id());
            thread.start();
            threads.add(thread);
        }
        assertThat(acknowledgements.await(90, TimeUnit.SECONDS)).as("writes acknowledged in time").isTrue();
        end.accept(server);
        for (Thread thread : threads) {
            thread.join(Duration.ofSeconds(30).toMillis());
            assertThat(thread.isAlive()).as("a client still waiting after the server ended").isFalse();
        }
        return writers;
    }

    /** Reads every customer's state as the stopped server left it. */
    private static void assertStoredStatesFollowFromTheJournals(Storage storage, List<CustomerWriter> writers)
            throws SQLException {
        try (Connection connection = storage.connect()) {
            StoredCustomers stored = new StoredCustomers(connection);
            for (CustomerWriter writer : writers) {
                Journal journal = writer.journal();
                assertThat(stored.read(journal.customer(), journal.namedControlFlows()))
                        .as("customer %d after %d acknowledged writes", journal.customer().id(),
                                journal.acknowledgedCount())
                        .isIn(journal.possibleStates());
            }
        }
    }

    private static ServerProcess start(Storage storage, LoadTestCustomers customers, TestInfo test,
                                       String... settings) {
        List<String> arguments = new ArrayList<>(List.of(settings));
        arguments.add(customers.serverArgument());
        return start(storage, test, arguments.toArray(String[]::new));
    }

    private static ServerProcess start(Storage storage, TestInfo test, String... settings) {
        List<String> arguments = new ArrayList<>(storage.serverArguments());
        arguments.addAll(List.of(settings));
        return ServerProcess.start(arguments, logFile(storage, test));
    }

    private static Path logFile(Storage storage, TestInfo test) {
        Path folder = Path.of(Objects.requireNonNull(System.getProperty("customers.server.jar"))).getParent()
                .resolve("durability");
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder.resolve(storage + "-" + test.getTestMethod().orElseThrow().getName() + ".log");
    }
}
