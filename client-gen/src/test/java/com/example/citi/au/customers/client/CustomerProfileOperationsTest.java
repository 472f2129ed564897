package com.example.citi.au.customers.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.example.citi.au.customers.client.Spec.SpecExample;
import com.example.citi.au.customers.client.generated.model.Address;
import com.example.citi.au.customers.client.generated.model.CustomerAddressResponse;
import com.example.citi.au.customers.client.generated.model.CustomerParticularsResponse;
import com.example.citi.au.customers.client.generated.model.CustomerProfile;
import com.example.citi.au.customers.client.generated.model.Email;
import com.example.citi.au.customers.client.generated.model.Name;
import com.example.citi.au.customers.client.generated.model.Phone;
import org.junit.jupiter.api.Test;

class CustomerProfileOperationsTest extends WireMockClientTest {

    @Test
    void mapsTheCustomerProfile() {
        SpecExample example = stubSuccess("retrieveCustomerProfile");

        CustomerProfile profile = client.customerProfile().retrieveCustomerProfile();

        assertThat(profile.getCustomerType()).isEqualTo("INDIVIDUAL");
        assertThat(profile.getCustomerSegment()).isEqualTo("CITIGOLD");
        assertThat(profile.getPartnerCustomerSegment()).isNull();
        assertThat(profile.getCustomerParticulars().getPrefix()).isEqualTo("MS");
        Name name = profile.getCustomerParticulars().getNames().get(0);
        assertThat(name.getFirstName()).isEqualTo("OLIVIA");
        assertThat(name.getMiddleName()).isEqualTo("GRACE");
        assertThat(name.getLastName()).isEqualTo("BENNETT");
        assertThat(name.getFullName()).isEqualTo("OLIVIA GRACE BENNETT");
        assertThat(name.getNameType()).isEqualTo("LOCAL_NAME");
        Address home = profile.getAddressList().get(0);
        assertThat(home.getAddressKey()).isEqualTo(1001L);
        assertThat(home.getAddressType()).isEqualTo("HOME_ADDRESS");
        assertThat(home.getAddressline1()).isEqualTo("Level 12");
        assertThat(home.getAddressline2()).isEqualTo("2 Park Street");
        assertThat(home.getCity()).isEqualTo("SYDNEY");
        assertThat(home.getState()).isEqualTo("NSW");
        assertThat(home.getPostalCode()).isEqualTo("2000");
        assertThat(home.getCountryName()).isEqualTo("AUSTRALIA");
        Email email = profile.getEmails().get(0);
        assertThat(email.getEmailKey()).isEqualTo(2001L);
        assertThat(email.getEmailAddress()).isEqualTo("olivia.bennett@example.com");
        assertThat(email.getPreferredEmailFlag()).isTrue();
        assertThat(email.getEmailType()).isEqualTo("PERSONAL");
        Phone mobile = profile.getPhones().get(0);
        assertThat(mobile.getPhoneKey()).isEqualTo(3001L);
        assertThat(mobile.getPhoneType()).isEqualTo("MOBILE");
        assertThat(mobile.getPhoneCountryCode()).isEqualTo("61");
        assertThat(mobile.getPhoneNumber()).isEqualTo("412345678");
        assertThat(mobile.getPreferredPhoneFlag()).isTrue();
        assertMapsEveryField(profile, example);
    }

    @Test
    void mapsTheCustomerAddresses() {
        SpecExample example = stubSuccess("retrieveCustomerAddresses");

        CustomerAddressResponse addresses = client.customerProfile().retrieveCustomerAddresses();

        assertThat(addresses.getAddressList()).extracting(Address::getAddressKey, Address::getAddressType)
                .containsExactly(
                        tuple(1001L, "HOME_ADDRESS"),
                        tuple(1002L, "MAILING_ADDRESS"));
        Address mailing = addresses.getAddressList().get(1);
        assertThat(mailing.getAddressline1()).isEqualTo("PO Box 1234");
        assertThat(mailing.getAddressline2()).isNull();
        assertThat(mailing.getCity()).isEqualTo("SYDNEY");
        assertThat(mailing.getState()).isEqualTo("NSW");
        assertThat(mailing.getPostalCode()).isEqualTo("2001");
        assertThat(mailing.getCountryName()).isEqualTo("AUSTRALIA");
        assertMapsEveryField(addresses, example);
    }

    @Test
    void mapsTheCustomerParticulars() {
        SpecExample example = stubSuccess("retrieveCustomerParticulars");

        CustomerParticularsResponse particulars = client.customerProfile().retrieveCustomerParticulars();

        assertThat(particulars.getCustomerType()).isEqualTo("INDIVIDUAL");
        assertThat(particulars.getCustomerSegment()).isEqualTo("CITIGOLD");
        assertThat(particulars.getCustomerParticulars().getPrefix()).isEqualTo("MS");
        assertThat(particulars.getCustomerParticulars().getSuffix()).isNull();
        assertThat(particulars.getCustomerParticulars().getNames())
                .extracting(Name::getFullName, Name::getNameType)
                .containsExactly(tuple("OLIVIA GRACE BENNETT", "LOCAL_NAME"));
        assertMapsEveryField(particulars, example);
    }
}
