package com.example.citi.au.customers.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.example.citi.au.customers.client.Spec.SpecExample;
import com.example.citi.au.customers.client.generated.model.CustomerPhoneResponse;
import com.example.citi.au.customers.client.generated.model.Phone;
import org.junit.jupiter.api.Test;

class CustomerPhoneNumberOperationsTest extends WireMockClientTest {

    @Test
    void mapsTheCustomerPhoneNumbers() {
        SpecExample example = stubSuccess("retrieveCustomerPhoneNumbers");

        CustomerPhoneResponse phones = client.customerPhoneNumbers().retrieveCustomerPhoneNumbers();

        assertThat(phones.getPhones())
                .extracting(Phone::getPhoneKey, Phone::getPhoneType, Phone::getPhoneCountryCode, Phone::getAreaCode,
                        Phone::getPhoneNumber, Phone::getExtension, Phone::getPreferredPhoneFlag)
                .containsExactly(
                        tuple(3001L, "MOBILE", "61", null, "412345678", null, true),
                        tuple(3002L, "HOME", "61", "2", "91234567", null, false));
        assertMapsEveryField(phones, example);
    }

    @Test
    void sendsThePhoneNumberUpdateAndMapsTheNumbersAfterIt() {
        SpecExample example = stubSuccess("updateCustomerPhoneNumbers");

        CustomerPhoneResponse phones = client.customerPhoneNumbers().updateCustomerPhoneNumbers(Requests.changeMobile());

        assertSentBodyIs(Spec.get().operation("updateCustomerPhoneNumbers").requestExample("changeMobile"));
        assertThat(phones.getPhones()).extracting(Phone::getPhoneKey, Phone::getPhoneNumber, Phone::getPreferredPhoneFlag)
                .containsExactly(tuple(3001L, "412345678", true), tuple(3002L, "91234567", false));
        assertMapsEveryField(phones, example);
    }

    @Test
    void sendsThePhoneNumberConfirmationAndMapsTheNumbersAfterIt() {
        SpecExample example = stubSuccess("confirmCustomerPhoneNumberUpdate");

        CustomerPhoneResponse phones = client.customerPhoneNumbers().confirmCustomerPhoneNumberUpdate(Requests.confirm());

        assertSentBodyIs(Spec.get().operation("confirmCustomerPhoneNumberUpdate").requestExample("confirm"));
        assertThat(phones.getPhones())
                .extracting(Phone::getPhoneKey, Phone::getPhoneType, Phone::getAreaCode, Phone::getPhoneNumber,
                        Phone::getPreferredPhoneFlag)
                .containsExactly(
                        tuple(3001L, "MOBILE", null, "498765432", true),
                        tuple(3002L, "HOME", "2", "91234567", false));
        assertMapsEveryField(phones, example);
    }
}
