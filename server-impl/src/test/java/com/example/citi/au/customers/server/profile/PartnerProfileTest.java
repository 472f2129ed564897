package com.example.citi.au.customers.server.profile;

import static com.example.citi.au.customers.server.support.SandboxCaller.CHARLOTTE;
import static com.example.citi.au.customers.server.support.SandboxCaller.PARTNER_FOR_CHARLOTTE;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.server.support.ApiIntegrationTest;
import com.example.citi.au.customers.server.support.ApiResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PartnerProfileTest extends ApiIntegrationTest {

    private static final String PARTNER_PROFILE = "/partner/v1/customers/profiles";

    @Test
    void returnsTheProfileOfTheCustomerTheTokenWasIssuedFor() {
        JsonNode profile = get(PARTNER_FOR_CHARLOTTE, PARTNER_PROFILE).send().json();

        assertThat(profile.path("customerParticulars").path("names").get(0).path("fullName").asString())
                .isEqualTo("CHARLOTTE WILSON");
        assertThat(profile.path("addressList")).hasSize(2);
        assertThat(profile.path("emails").get(0).path("emailAddress").asString()).isEqualTo("charlotte.wilson@example.com");
    }

    @Test
    void narrowsAddressesToTheRequestedType() {
        JsonNode profile = get(PARTNER_FOR_CHARLOTTE, PARTNER_PROFILE).query("addressType=WORK_ADDRESS").send().json();

        assertThat(profile.path("addressList")).extracting(address -> address.path("addressType").asString())
                .containsExactly("WORK_ADDRESS");
    }

    @Test
    void answersAnEmptyAddressListForATypeTheCustomerDoesNotHave() {
        JsonNode profile = get(PARTNER_FOR_CHARLOTTE, PARTNER_PROFILE).query("addressType=MAILING_ADDRESS").send().json();

        assertThat(profile.path("addressList")).isEmpty();
    }

    @Test
    void rejectsAnAddressTypeThatIsNotAReferenceCode() {
        ApiResponse response = get(PARTNER_FOR_CHARLOTTE, PARTNER_PROFILE).query("addressType=home%20address").send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorLocation()).isEqualTo("addressType");
    }

    @Test
    void rejectsACustomerAppTokenWithAccessNotConfigured() {
        ApiResponse response = get(CHARLOTTE, PARTNER_PROFILE).send();

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.errorCode()).isEqualTo("accessNotConfigured");
    }
}
