package com.example.citi.au.customers.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.example.citi.au.customers.client.Spec.SpecExample;
import com.example.citi.au.customers.client.generated.model.Address;
import com.example.citi.au.customers.client.generated.model.CardAccountAddressResponse;
import org.junit.jupiter.api.Test;

class CardAddressOperationsTest extends WireMockClientTest {

    @Test
    void sendsTheAccountIdInThePathAndMapsTheCardAddresses() {
        SpecExample example = stubSuccess("retrieveCardAccountAddresses");

        CardAccountAddressResponse card = client.cardAddresses().retrieveCardAccountAddresses(Requests.ACCOUNT_ID);

        assertThat(onlyRequest().getUrl()).isEqualTo("/api/v1/cards/accounts/" + Requests.ACCOUNT_ID + "/addresses");
        assertThat(card.getAccountId()).isEqualTo(Requests.ACCOUNT_ID);
        assertThat(card.getDisplayAccountNumber()).isEqualTo("XXXX-XXXX-XXXX-4821");
        assertThat(card.getAddressList())
                .extracting(Address::getAddressKey, Address::getAddressType, Address::getAddressline1,
                        Address::getAddressline2, Address::getCity, Address::getState, Address::getPostalCode,
                        Address::getCountryName)
                .containsExactly(
                        tuple(5001L, "CARD_TO_ADDRESS", "Level 12", "2 Park Street", "SYDNEY", "NSW", "2000", "AUSTRALIA"),
                        tuple(5002L, "BILL_TO_ADDRESS", "PO Box 1234", null, "SYDNEY", "NSW", "2001", "AUSTRALIA"),
                        tuple(5003L, "PIN_TO_ADDRESS", "14 Bayview Terrace", null, "MOSMAN", "NSW", "2088", "AUSTRALIA"));
        assertMapsEveryField(card, example);
    }
}
