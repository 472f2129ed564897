package com.example.citi.au.customers.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.client.Spec.SpecExample;
import com.example.citi.au.customers.client.generated.model.CustomerProfile;
import org.junit.jupiter.api.Test;

class PartnerOperationsTest extends WireMockClientTest {

    @Test
    void sendsTheAddressTypeAndMapsThePartnersViewOfTheProfile() {
        SpecExample example = stubSuccess("retrievePartnerCustomerProfile");

        CustomerProfile profile = client.partner().retrievePartnerCustomerProfile("HOME_ADDRESS");

        assertThat(onlyRequest().queryParameter("addressType").firstValue()).isEqualTo("HOME_ADDRESS");
        assertThat(profile.getCustomerType()).isEqualTo("INDIVIDUAL");
        assertThat(profile.getCustomerSegment()).isEqualTo("CITIGOLD");
        assertThat(profile.getCustomerParticulars().getNames().get(0).getFullName()).isEqualTo("OLIVIA GRACE BENNETT");
        assertThat(profile.getAddressList().get(0).getAddressType()).isEqualTo("HOME_ADDRESS");
        assertThat(profile.getAddressList().get(0).getPostalCode()).isEqualTo("2000");
        assertThat(profile.getEmails().get(0).getEmailAddress()).isEqualTo("olivia.bennett@example.com");
        assertThat(profile.getPhones().get(0).getPhoneNumber()).isEqualTo("412345678");
        assertMapsEveryField(profile, example);
    }
}
