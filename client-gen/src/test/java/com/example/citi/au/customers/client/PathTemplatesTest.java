package com.example.citi.au.customers.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.client.pipeline.PathTemplates;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** Logs name a request by its template, so every templated path of the contract must be known to the client. */
class PathTemplatesTest {

    @Test
    void knowsEveryTemplatedPathOfTheContract() {
        assertThat(PathTemplates.TEMPLATED).containsExactlyInAnyOrderElementsOf(Spec.get().operations().stream()
                .map(Spec.SpecOperation::path).filter(path -> path.contains("{")).distinct().toList());
    }

    @Test
    void namesARequestByItsTemplateWithoutIdsOrQuery() {
        PathTemplates templates = new PathTemplates("/api");

        assertThat(templates.of(URI.create("http://host/api/v1/cards/accounts/4d6f1b2c/addresses?x=1")))
                .isEqualTo("/v1/cards/accounts/{accountId}/addresses");
        assertThat(templates.of(URI.create("http://host/api/sandbox/v1/otpOutbox?controlFlowId=abc")))
                .isEqualTo("/sandbox/v1/otpOutbox");
    }
}
