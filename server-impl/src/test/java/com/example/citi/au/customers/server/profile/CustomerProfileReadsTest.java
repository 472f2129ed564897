package com.example.citi.au.customers.server.profile;

import static com.example.citi.au.customers.server.support.SandboxCaller.CHARLOTTE;
import static com.example.citi.au.customers.server.support.SandboxCaller.LIAM;
import static com.example.citi.au.customers.server.support.SandboxCaller.OLIVIA;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.server.support.ApiIntegrationTest;
import com.example.citi.au.customers.server.support.ApiResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CustomerProfileReadsTest extends ApiIntegrationTest {

    @Test
    void returnsTheSignedInCustomersWholeProfile() {
        JsonNode profile = get(OLIVIA, "/v1/customers/profiles").send().json();

        assertThat(profile.path("customerType").asString()).isEqualTo("INDIVIDUAL");
        assertThat(profile.path("customerSegment").asString()).isEqualTo("CITIGOLD");
        assertThat(profile.path("customerParticulars").path("names").get(0).path("fullName").asString())
                .isEqualTo("OLIVIA GRACE BENNETT");
        assertThat(profile.path("customerParticulars").path("prefix").asString()).isEqualTo("MS");
        assertThat(profile.path("addressList")).extracting(address -> address.path("addressKey").asLong())
                .containsExactly(1001L, 1002L);
        assertThat(profile.path("emails")).extracting(email -> email.path("emailAddress").asString())
                .containsExactly("olivia.bennett@example.com", "o.bennett@example.net");
        assertThat(profile.path("phones").get(0).path("phoneNumber").asString()).isEqualTo("412345678");
        assertThat(profile.path("phones").get(0).path("preferredPhoneFlag").asBoolean()).isTrue();
    }

    @Test
    void leavesOutFieldsTheCustomerDoesNotHave() {
        JsonNode profile = get(OLIVIA, "/v1/customers/profiles").send().json();

        assertThat(profile.has("partnerCustomerSegment")).isFalse();
        assertThat(profile.path("addressList").get(1).has("addressline2")).isFalse();
    }

    @Test
    void returnsOnlyTheSignedInCustomersAddresses() {
        ApiResponse response = get(LIAM, "/v1/customers/profiles/addresses").send();

        assertThat(response.status()).isEqualTo(200);
        JsonNode address = response.json().path("addressList").get(0);
        assertThat(response.json().path("addressList")).hasSize(1);
        assertThat(address.path("addressKey").asLong()).isEqualTo(1101L);
        assertThat(address.path("addressline2").asString()).isEqualTo("48 Lygon Street");
        assertThat(address.path("city").asString()).isEqualTo("MELBOURNE");
        assertThat(address.path("state").asString()).isEqualTo("VIC");
        assertThat(address.path("postalCode").asString()).isEqualTo("3053");
    }

    @Test
    void returnsParticularsWithAllNamesInOrder() {
        JsonNode particulars = get(LIAM, "/v1/customers/profiles/basic").send().json();

        assertThat(particulars.path("customerSegment").asString()).isEqualTo("CITI_PRIORITY");
        assertThat(particulars.path("customerParticulars").path("suffix").asString()).isEqualTo("JR");
        assertThat(particulars.path("customerParticulars").path("names"))
                .extracting(name -> name.path("nameType").asString())
                .containsExactly("LOCAL_NAME", "ALIAS_NAME");
        assertThat(particulars.has("addressList")).isFalse();
    }

    @Test
    void returnsPartnerSegmentWhenTheCustomerHasNoCitiSegment() {
        JsonNode particulars = get(CHARLOTTE, "/v1/customers/profiles/basic").send().json();

        assertThat(particulars.has("customerSegment")).isFalse();
        assertThat(particulars.path("partnerCustomerSegment").asString()).isEqualTo("PARTNER_PREMIUM");
    }
}
