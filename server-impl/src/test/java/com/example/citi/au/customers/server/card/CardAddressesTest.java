package com.example.citi.au.customers.server.card;

import static com.example.citi.au.customers.server.support.SandboxCaller.LIAM;
import static com.example.citi.au.customers.server.support.SandboxCaller.OLIVIA;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.server.support.ApiIntegrationTest;
import com.example.citi.au.customers.server.support.ApiResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CardAddressesTest extends ApiIntegrationTest {

    private static final String OLIVIAS_CARD = "4d6f1b2c8a9e0f3d4d6f1b2c8a9e0f3d";

    @Test
    void returnsCardToBillToAndPinToAddressesOfTheCustomersCard() {
        JsonNode account = get(OLIVIA, "/v1/cards/accounts/" + OLIVIAS_CARD + "/addresses").send().json();

        assertThat(account.path("accountId").asString()).isEqualTo(OLIVIAS_CARD);
        assertThat(account.path("displayAccountNumber").asString()).isEqualTo("XXXX-XXXX-XXXX-4821");
        assertThat(account.path("addressList")).extracting(address -> address.path("addressType").asString())
                .containsExactly("CARD_TO_ADDRESS", "BILL_TO_ADDRESS", "PIN_TO_ADDRESS");
        assertThat(account.path("addressList").get(2).path("city").asString()).isEqualTo("MOSMAN");
    }

    @Test
    void answersNotFoundForAnotherCustomersCard() {
        ApiResponse response = get(LIAM, "/v1/cards/accounts/" + OLIVIAS_CARD + "/addresses").send();

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.errorCode()).isEqualTo("resourceNotFound");
        assertThat(response.errorLocation()).isEqualTo("accountId");
    }

    @Test
    void answersNotFoundForAnUnknownCard() {
        ApiResponse response = get(OLIVIA, "/v1/cards/accounts/00000000000000000000000000000000/addresses").send();

        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void rejectsAnAccountIdThatIsNotEncryptedHex() {
        ApiResponse response = get(OLIVIA, "/v1/cards/accounts/1234/addresses").send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorLocation()).isEqualTo("accountId");
    }
}
