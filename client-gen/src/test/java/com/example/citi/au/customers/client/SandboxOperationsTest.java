package com.example.citi.au.customers.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.client.Spec.SpecExample;
import com.example.citi.au.customers.client.generated.model.OtpDeliveryOption;
import com.example.citi.au.customers.client.generated.model.SandboxOutboxMessage;
import com.example.citi.au.customers.client.generated.model.SandboxOutboxResponse;
import org.junit.jupiter.api.Test;

class SandboxOperationsTest extends WireMockClientTest {

    @Test
    void sendsTheControlFlowIdAndMapsTheOutboxMessages() {
        SpecExample example = stubSuccess("retrieveSandboxOtpOutbox");

        SandboxOutboxResponse outbox = client.sandbox().retrieveSandboxOtpOutbox("687a33f1c2b04e7d9a5b1c3e8f0d2a4b");

        assertThat(onlyRequest().queryParameter("controlFlowId").firstValue()).isEqualTo("687a33f1c2b04e7d9a5b1c3e8f0d2a4b");
        SandboxOutboxMessage message = outbox.getMessages().get(0);
        assertThat(message.getControlFlowId()).isEqualTo("687a33f1c2b04e7d9a5b1c3e8f0d2a4b");
        assertThat(message.getOtpDeliveryOption()).isEqualTo(OtpDeliveryOption.SMS);
        assertThat(message.getMessageText()).contains("482915");
        assertMapsEveryField(outbox, example);
    }
}
