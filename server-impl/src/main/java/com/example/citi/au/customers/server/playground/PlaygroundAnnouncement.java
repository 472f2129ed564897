package com.example.citi.au.customers.server.playground;

import com.example.citi.au.customers.server.token.SandboxIssuerCondition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/** Tells whoever started the server where to open the Playground. */
@Component
@Conditional(SandboxIssuerCondition.class)
class PlaygroundAnnouncement implements ApplicationListener<WebServerInitializedEvent> {

    private static final Logger log = LoggerFactory.getLogger(PlaygroundAnnouncement.class);

    private final String playgroundPath;

    PlaygroundAnnouncement(@Value("${openapi.australiaCustomers.base-path:/api}") String basePath) {
        this.playgroundPath = basePath + PlaygroundController.PATH;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        log.info("Playground: open http://localhost:{}{} to try every operation in a browser",
                event.getWebServer().getPort(), playgroundPath);
    }
}
