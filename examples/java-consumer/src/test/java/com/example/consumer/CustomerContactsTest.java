package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.citi.au.customers.client.generated.model.OfferFulfillmentResponse;
import com.example.citi.au.customers.client.retries.IdempotencyKey;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The client as a consumer uses it, against the packaged sandbox server. */
class CustomerContactsTest {

    private static SandboxServer server;

    @BeforeAll
    static void startTheSandbox() throws Exception {
        server = SandboxServer.start();
    }

    @AfterAll
    static void stopTheSandbox() throws Exception {
        server.close();
    }

    @Test
    void readsTheSignedInCustomersParticularsWithATokenItFetchedItself() {
        CustomerContacts olivia = oliviasApp();

        assertFalse(olivia.particulars().getCustomerParticulars().getNames().isEmpty());
    }

    @Test
    void changesThePreferredEmailThroughTheStepUpJourneyInOneCall() {
        CustomerContacts olivia = oliviasApp();

        List<String> confirmed = olivia.changePreferredEmail(2001L, "olivia.consumer@example.org",
                sent -> olivia.sandboxOneTimePassword(sent.controlFlowId()));

        assertTrue(confirmed.contains("olivia.consumer@example.org"), confirmed::toString);
        assertTrue(olivia.emailAddresses().contains("olivia.consumer@example.org"));
    }

    @Test
    void aWriteRepeatedWithItsIdempotencyKeyIsAppliedOnceAndAnsweredAlike() {
        CustomerContacts olivia = oliviasApp();
        IdempotencyKey key = IdempotencyKey.of(UUID.randomUUID().toString());

        OfferFulfillmentResponse first = olivia.fulfil("OFR-CLI-2026-0002", "4d6f1b2c8a9e0f3d4d6f1b2c8a9e0f3d", key);
        OfferFulfillmentResponse repeated = olivia.fulfil("OFR-CLI-2026-0002", "4d6f1b2c8a9e0f3d4d6f1b2c8a9e0f3d", key);

        assertEquals(first, repeated);
        assertEquals("COMPLETED", first.getOfferFulfillmentStatus().getValue());
    }

    private static CustomerContacts oliviasApp() {
        return CustomerContacts.forSandboxCustomer(server.baseUrl(), "sandbox-app", "sandbox-app-secret", "1");
    }
}
