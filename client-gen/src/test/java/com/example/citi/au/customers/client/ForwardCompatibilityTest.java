package com.example.citi.au.customers.client;

import com.example.citi.au.customers.client.errors.CustomersApiException;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.client.generated.model.AlertHistoryRecord;
import com.example.citi.au.customers.client.generated.model.AlertHistoryResponse;
import com.example.citi.au.customers.client.generated.model.CustomerEmailResponse;
import com.example.citi.au.customers.client.generated.model.DeliveryChannel;
import com.example.citi.au.customers.client.generated.model.Offer;
import com.example.citi.au.customers.client.generated.model.OfferStatus;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** What a newer server may send an older client: values and fields this client's spec does not know yet. */
class ForwardCompatibilityTest extends WireMockClientTest {

    @Test
    void mapsAnOfferStatusItDoesNotKnowToTheUnknownDefault() {
        stubSuccessChanged("updateOffer", offer -> offer.put("offerStatus", "SOMETHING_NEW"));

        Offer offer = client.offers().updateOffer(Requests.accept());

        assertThat(offer.getOfferStatus()).isEqualTo(OfferStatus.UNKNOWN_DEFAULT_OPEN_API);
        assertThat(offer.getOfferId()).isEqualTo(Requests.OFFER_ID);
    }

    @Test
    void mapsNestedEnumValuesItDoesNotKnowToTheUnknownDefault() {
        stubSuccessChanged("retrieveCustomerAlertHistory", history -> {
            ObjectNode first = (ObjectNode) history.get("alertHistory").get(0);
            first.put("deliveryChannel", "CARRIER_PIGEON");
            first.put("deliveryStatus", "BOUNCED");
        });

        AlertHistoryResponse history = client.customerAlerts()
                .retrieveCustomerAlertHistory(null, null, null, null, null, null);

        AlertHistoryRecord first = history.getAlertHistory().get(0);
        assertThat(first.getDeliveryChannel()).isEqualTo(DeliveryChannel.UNKNOWN_DEFAULT_OPEN_API);
        assertThat(first.getDeliveryStatus()).isEqualTo(AlertHistoryRecord.DeliveryStatusEnum.UNKNOWN_DEFAULT_OPEN_API);
        assertThat(history.getAlertHistory().get(1).getDeliveryChannel()).isEqualTo(DeliveryChannel.EMAIL);
    }

    @Test
    void ignoresFieldsItDoesNotKnow() {
        stubSuccessChanged("retrieveCustomerEmails", emails -> {
            emails.put("emailCount", 2);
            ((ObjectNode) emails.get("emails").get(0)).put("verifiedFlag", true);
        });

        CustomerEmailResponse emails = client.customerEmails().retrieveCustomerEmails();

        assertThat(emails.getEmails()).hasSize(2);
        assertThat(emails.getEmails().get(0).getEmailAddress()).isEqualTo("olivia.bennett@example.com");
    }

    @Test
    void keepsTheCodeOfAnErrorTypeItDoesNotKnow() {
        stub(Spec.get().operation("retrieveCustomerEmails"), WireMock.jsonResponse(
                "{\"type\":\"severe\",\"code\":\"newProblem\",\"details\":\"Something new\"}", 500));

        CustomersApiException thrown = ErrorMappingTest.thrown(() -> client.customerEmails().retrieveCustomerEmails());

        assertThat(thrown.status()).isEqualTo(500);
        assertThat(thrown.code()).isEqualTo("newProblem");
        assertThat(thrown.details()).isEqualTo("Something new");
        assertThat(thrown.type()).isEqualTo("unknown_default_open_api");
    }

    private static void stubSuccessChanged(String operationId, Consumer<ObjectNode> change) {
        Spec.SpecOperation operation = Spec.get().operation(operationId);
        ObjectNode body = (ObjectNode) JsonMapper.shared().readTree(operation.successExample().json());
        change.accept(body);
        stub(operation, WireMock.okJson(body.toString()));
    }
}
