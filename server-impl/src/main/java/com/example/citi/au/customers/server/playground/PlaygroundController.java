package com.example.citi.au.customers.server.playground;

import com.example.citi.au.customers.server.token.SandboxIssuerCondition;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The Playground's page, and the contract it shows, as this server serves it. */
@Controller
@Conditional(SandboxIssuerCondition.class)
class PlaygroundController {

    static final String PATH = "/playground";

    private static final String MAPPED = "${openapi.australiaCustomers.base-path:/api}" + PATH;
    private static final Resource PAGE = new ClassPathResource("playground/index.html");
    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final PlaygroundContract contract;
    private final String basePath;

    PlaygroundController(PlaygroundContract contract,
                         @Value("${openapi.australiaCustomers.base-path:/api}") String basePath) {
        this.contract = contract;
        this.basePath = basePath;
    }

    /** The page's relative links need the trailing slash. */
    @GetMapping(MAPPED)
    ResponseEntity<Void> toThePage() {
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(PATH.substring(1) + "/")).build();
    }

    @GetMapping(MAPPED + "/")
    ResponseEntity<Resource> page() {
        return ResponseEntity.ok().contentType(HTML).body(PAGE);
    }

    @GetMapping(MAPPED + "/customers-api.json")
    ResponseEntity<String> contract(HttpServletRequest request) {
        String api = ServletUriComponentsBuilder.fromContextPath(request).path(basePath).toUriString();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(contract.servedAt(api));
    }
}
