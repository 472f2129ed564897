package com.example.consumer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The packaged sandbox server as its own process, on a free port and a throwaway data folder. */
final class SandboxServer implements AutoCloseable {

    private static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");
    private static final Pattern READY = Pattern.compile("Started CustomersApiApplication in");

    private final Process process;
    private final int port;

    private SandboxServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static SandboxServer start() throws IOException {
        Path jar = Path.of(System.getProperty("customers.server.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no packaged server at " + jar + "; build it with ./mvnw package");
        }
        Path data = Files.createTempDirectory("customers-consumer-");
        Process process = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
                "--server.port=0", "--management.server.port=0", "--customers.data-dir=" + data))
                .redirectErrorStream(true).start();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread console = new Thread(() -> watch(process, port), "sandbox-console");
        console.setDaemon(true);
        console.start();
        try {
            return new SandboxServer(process, port.get(120, TimeUnit.SECONDS));
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException("the sandbox server did not start", e);
        }
    }

    String baseUrl() {
        return "http://localhost:" + port + "/api";
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /** Echoes the console; the port is known once Tomcat listens, and it serves once the application has started. */
    private static void watch(Process process, CompletableFuture<Integer> ready) {
        Integer port = null;
        try (BufferedReader console = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = console.readLine()) != null) {
                System.out.println("[sandbox] " + line);
                Matcher started = STARTED.matcher(line);
                if (port == null && started.find()) {
                    port = Integer.valueOf(started.group(1));
                }
                if (port != null && READY.matcher(line).find()) {
                    ready.complete(port);
                }
            }
            ready.completeExceptionally(new IllegalStateException("the server ended with " + process.waitFor()));
        } catch (IOException e) {
            ready.completeExceptionally(new UncheckedIOException(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ready.completeExceptionally(e);
        }
    }
}
