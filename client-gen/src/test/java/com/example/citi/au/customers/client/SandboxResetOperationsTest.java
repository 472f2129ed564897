package com.example.citi.au.customers.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.client.Spec.SpecExample;
import com.example.citi.au.customers.client.generated.model.SandboxResetResponse;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class SandboxResetOperationsTest extends WireMockClientTest {

    @Test
    void postsWithoutABodyAndMapsTheResetCustomer() {
        SpecExample example = stubSuccess("resetSandboxCustomer");

        SandboxResetResponse reset = client.sandboxReset().resetSandboxCustomer();

        assertThat(onlyRequest().getMethod().getName()).isEqualTo("POST");
        assertThat(onlyRequest().getBodyAsString()).isEmpty();
        assertThat(reset.getCustomer()).isEqualTo(1L);
        assertThat(reset.getResetDateTime()).isEqualTo(OffsetDateTime.parse("2026-11-28T10:00:00Z"));
        assertMapsEveryField(reset, example);
    }
}
