package com.example.citi.au.customers.server.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BatchingConsoleAppenderTest {

    private static final long NEVER_IN_A_TEST = TimeUnit.HOURS.toMillis(1);

    private final LoggerContext context = new LoggerContext();
    private final CountDownLatch written = new CountDownLatch(1);
    private final ByteArrayOutputStream console = new ByteArrayOutputStream() {
        @Override
        public synchronized void write(byte[] bytes, int offset, int length) {
            super.write(bytes, offset, length);
            written.countDown();
        }
    };
    private BatchingConsoleAppender appender;

    @BeforeEach
    void giveLogbackItsDiagnosticContext() {
        context.setMDCAdapter(new LogbackMDCAdapter());
    }

    @AfterEach
    void stopTheAppender() {
        if (appender != null) {
            appender.stop();
        }
    }

    @Test
    void holdsInformationLinesBackUntilItStops() {
        start(NEVER_IN_A_TEST);

        log(Level.INFO, "first");
        log(Level.INFO, "second");
        assertThat(console()).isEmpty();

        appender.stop();
        assertThat(console()).isEqualTo("INFO first\nINFO second\n");
    }

    @Test
    void writesAWarningAtOnceAfterTheLinesBeforeIt() {
        start(NEVER_IN_A_TEST);

        log(Level.INFO, "request answered");
        log(Level.WARN, "something is off");

        assertThat(console()).isEqualTo("INFO request answered\nWARN something is off\n");
    }

    @Test
    void writesHeldLinesWithinTheFlushInterval() throws InterruptedException {
        start(10);

        log(Level.INFO, "request answered");

        assertThat(written.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(console()).isEqualTo("INFO request answered\n");
    }

    @Test
    void writesEveryLineAtOnceWithoutAFlushInterval() {
        start(0);

        log(Level.INFO, "request answered");

        assertThat(console()).isEqualTo("INFO request answered\n");
    }

    @Test
    void writesABufferfulAtOnceWithoutWaitingForTheInterval() {
        start(NEVER_IN_A_TEST);
        String line = "x".repeat(1000);

        for (int i = 0; i < BatchingConsoleAppender.BUFFER_BYTES / line.length() + 1; i++) {
            log(Level.INFO, line);
        }

        assertThat(console()).startsWith("INFO " + line + "\n").hasSizeGreaterThanOrEqualTo(BatchingConsoleAppender.BUFFER_BYTES / 2);
    }

    private void start(long flushMillis) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%level %msg%n");
        encoder.start();
        appender = new BatchingConsoleAppender(console);
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.setFlushMillis(flushMillis);
        appender.start();
    }

    private void log(Level level, String message) {
        appender.doAppend(new LoggingEvent(getClass().getName(), context.getLogger("test"), level, message, null, null));
    }

    private String console() {
        return console.toString(StandardCharsets.UTF_8);
    }
}
