package com.example.citi.au.customers.server.durability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged server (the runnable jar that {@code ./mvnw package} builds) as a process of its
 * own, started with the server's own JVM options, so that a test can really kill it. It is ready
 * when it logs that it has started; its console goes to a log file under {@code target/}.
 */
final class ServerProcess implements AutoCloseable {

    private static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");
    private static final Pattern READY = Pattern.compile("Started CustomersApiApplication in");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final Thread console;
    private final int port;
    private final int managementPort;

    private ServerProcess(Process process, Thread console, List<Integer> ports) {
        this.process = process;
        this.console = console;
        this.port = ports.get(0);
        this.managementPort = ports.size() > 1 ? ports.get(1) : -1;
    }

    /** Starts the server with these arguments and waits until it serves; the console is appended to {@code log}. */
    static ServerProcess start(List<String> arguments, Path log) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("@" + requiredPath("customers.server.jvm-options"));
        // C1 alone: a third less CPU to start, and these tests start the server ten times on two cores
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-jar");
        command.add(requiredPath("customers.server.jar").toString());
        command.add("--server.port=0");
        // health and metrics on a free port too, so that servers of parallel tests never collide
        command.add("--management.server.port=0");
        command.add("--customers.logging.console-flush-millis=0");
        // the load is 32 customers of one client at full speed, which the rate limits (limits/, tested
        // on their own) would mostly refuse; these tests are about what an answer promises
        command.add("--customers.limits.client-calls.per-second=1000000");
        command.add("--customers.limits.client-calls.burst=1000000");
        command.add("--customers.limits.otp-sends.per-customer-per-hour=1000000");
        command.addAll(arguments);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            CompletableFuture<List<Integer>> port = new CompletableFuture<>();
            Thread console = new Thread(() -> copyConsole(process, log, port), "server-console-" + process.pid());
            console.setDaemon(true);
            console.start();
            return new ServerProcess(process, console, awaitPort(process, port, log));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return port;
    }

    /** The management port (health and metrics), started after the API's. */
    int managementPort() {
        return managementPort;
    }

    long pid() {
        return process.pid();
    }

    /** SIGKILL: the process ends at once, with no shutdown hook and no flush. */
    void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    /** SIGTERM, then waits for the process to end; returns how long it took. */
    Duration terminate(Duration atMost) {
        long started = System.nanoTime();
        process.destroy();
        awaitExit(atMost);
        return Duration.ofNanos(System.nanoTime() - started);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private void awaitExit(Duration atMost) {
        try {
            if (!process.waitFor(atMost.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the server (pid " + process.pid() + ") did not end within " + atMost);
            }
            console.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<Integer> awaitPort(Process process, CompletableFuture<List<Integer>> port, Path log) {
        try {
            return port.get(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new AssertionError("the server did not start (" + e.getMessage() + "); its console is in " + log, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Copies the console to the log and completes {@code port} once the application has started, with
     * the ports Tomcat started on: the API's first, then the management port.
     */
    private static void copyConsole(Process process, Path log, CompletableFuture<List<Integer>> port) {
        List<Integer> tomcatPorts = new ArrayList<>();
        try (BufferedReader console = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             Writer out = Files.newBufferedWriter(log, StandardCharsets.UTF_8,
                     StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            for (String line = console.readLine(); line != null; line = console.readLine()) {
                out.write(line);
                out.write('\n');
                out.flush();
                Matcher started = STARTED.matcher(line);
                if (started.find()) {
                    tomcatPorts.add(Integer.valueOf(started.group(1)));
                } else if (!tomcatPorts.isEmpty() && READY.matcher(line).find()) {
                    port.complete(List.copyOf(tomcatPorts));
                }
            }
        } catch (IOException e) {
            port.completeExceptionally(e);
        }
        port.completeExceptionally(new IllegalStateException("the server ended with exit status " + exitValue(process)));
    }

    private static String exitValue(Process process) {
        try {
            return String.valueOf(process.waitFor());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private static Path requiredPath(String property) {
        String value = System.getProperty(property);
        if (value == null || !Files.exists(Path.of(value))) {
            throw new IllegalStateException("System property " + property + " must name an existing file (set by"
                    + " server-impl's failsafe configuration, after package): " + value);
        }
        return Path.of(value);
    }
}
