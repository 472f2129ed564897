package com.example.citi.au.customers.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequiredHeadersTest extends WireMockClientTest {

    @Test
    void sendsTheBearerTokenTheClientIdAndJsonAcceptOnEveryRequest() {
        stubSuccess("retrieveCustomerEmails");
        stubSuccess("updateCustomerEmails");

        client.customerEmails().retrieveCustomerEmails();
        client.customerEmails().updateCustomerEmails(Requests.movePreferred());

        assertThat(receivedRequests()).hasSize(2).allSatisfy(request -> {
            assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + ACCESS_TOKEN);
            assertThat(request.getHeader("client_id")).isEqualTo(CLIENT_ID);
            assertThat(request.getHeader("Accept")).isEqualTo("application/json");
            assertThat(request.header("clientDetails").isPresent()).isFalse();
        });
    }

    @Test
    void sendsAFreshUuidWithEveryRequest() {
        stubSuccess("retrieveCustomerEmails");

        client.customerEmails().retrieveCustomerEmails();
        client.customerEmails().retrieveCustomerEmails();

        List<String> uuids = receivedRequests().stream().map(request -> request.getHeader("uuid")).toList();
        assertThat(uuids).hasSize(2).doesNotHaveDuplicates()
                .allSatisfy(uuid -> assertThat(UUID.fromString(uuid).version()).isEqualTo(4));
    }

    @Test
    void asksTheTokenSupplierForEveryRequest() {
        stubSuccess("retrieveCustomerEmails");
        Iterator<String> tokens = List.of("first-token", "refreshed-token").iterator();
        CustomersApiClient refreshing = CustomersApiClient.builder()
                .baseUrl(baseUrl()).tokenSupplier(tokens::next).clientId(CLIENT_ID).build();

        refreshing.customerEmails().retrieveCustomerEmails();
        refreshing.customerEmails().retrieveCustomerEmails();

        assertThat(receivedRequests()).extracting(request -> request.getHeader("Authorization"))
                .containsExactlyInAnyOrder("Bearer first-token", "Bearer refreshed-token");
    }

    @Test
    void sendsClientDetailsWhenSupplied() {
        stubSuccess("retrieveCustomerEmails");
        String device = "eyJkZXZpY2VUeXBlIjoiTU9CSUxFIiwib3MiOiJpT1MgMTgifQ==";
        CustomersApiClient withDevice = CustomersApiClient.builder()
                .baseUrl(baseUrl()).tokenSupplier(() -> ACCESS_TOKEN).clientId(CLIENT_ID)
                .clientDetailsSupplier(() -> device).build();

        withDevice.customerEmails().retrieveCustomerEmails();

        LoggedRequest sent = onlyRequest();
        assertThat(sent.getHeader("clientDetails")).isEqualTo(device);
    }

    @Test
    void sendsNothingWhenTheTokenSupplierHasNoToken() {
        CustomersApiClient tokenless = CustomersApiClient.builder()
                .baseUrl(baseUrl()).tokenSupplier(() -> null).clientId(CLIENT_ID).build();

        assertThatThrownBy(() -> tokenless.customerEmails().retrieveCustomerEmails())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no access token");
        assertThat(receivedRequests()).isEmpty();
    }

    @Test
    void acceptsABaseUrlWithATrailingSlash() {
        stubSuccess("retrieveCustomerEmails");
        CustomersApiClient slashed = CustomersApiClient.builder()
                .baseUrl(baseUrl() + "/").tokenSupplier(() -> ACCESS_TOKEN).clientId(CLIENT_ID).build();

        slashed.customerEmails().retrieveCustomerEmails();

        assertThat(onlyRequest().getUrl()).isEqualTo("/api/v1/customers/profiles/emails");
    }

    @Test
    void refusesToBuildWithoutTheRequiredSettings() {
        assertThatThrownBy(() -> CustomersApiClient.builder().baseUrl(baseUrl()).clientId(CLIENT_ID).build())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> CustomersApiClient.builder().baseUrl("localhost:8080/api"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CustomersApiClient.builder().clientId(" "))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
