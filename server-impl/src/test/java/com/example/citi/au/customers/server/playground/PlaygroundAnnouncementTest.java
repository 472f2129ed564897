package com.example.citi.au.customers.server.playground;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import com.example.citi.au.customers.server.support.ApiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.boot.web.server.servlet.context.ServletWebServerInitializedEvent;

@ExtendWith(OutputCaptureExtension.class)
class PlaygroundAnnouncementTest extends ApiIntegrationTest {

    @Autowired
    private ServletWebServerApplicationContext server;

    @Autowired
    private PlaygroundAnnouncement announcement;

    @Test
    void logsWhereToOpenThePlaygroundOnceTheServerListens(CapturedOutput output) {
        Logger logger = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(PlaygroundAnnouncement.class);
        Level before = logger.getLevel();
        logger.setLevel(Level.INFO);
        try {
            announcement.onApplicationEvent(new ServletWebServerInitializedEvent(server.getWebServer(), server));
        } finally {
            logger.setLevel(before);
        }

        assertThat(output).contains("Playground: open http://localhost:" + port() + "/api/playground to try every operation");
    }
}
