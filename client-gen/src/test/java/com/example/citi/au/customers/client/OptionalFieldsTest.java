package com.example.citi.au.customers.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.client.generated.model.AlertProfileAndSubscriptionsRequest;
import com.example.citi.au.customers.client.generated.model.AlertProfileUpdate;
import com.example.citi.au.customers.client.generated.model.AlertSubscriptionChange;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The spec tells "left out: unchanged" from "null: cleared", and an optional list must be left out rather
 * than sent empty (its minItems would reject []); the request bodies must keep these apart.
 */
class OptionalFieldsTest extends WireMockClientTest {

    @Test
    void sendsANullableFieldSetToNullAsNullAndLeavesAnUnsetOneOut() {
        stubSuccess("manageAlertProfileAndSubscriptions");

        client.customerAlerts().manageAlertProfileAndSubscriptions(new AlertProfileAndSubscriptionsRequest()
                .alertProfile(new AlertProfileUpdate().emailKey(null).alertsActiveFlag(true)));

        JsonNode alertProfile = sentBody().get("alertProfile");
        assertThat(alertProfile.has("emailKey")).isTrue();
        assertThat(alertProfile.get("emailKey").isNull()).isTrue();
        assertThat(alertProfile.has("phoneKey")).isFalse();
        assertThat(alertProfile.get("alertsActiveFlag").asBoolean()).isTrue();
    }

    @Test
    void leavesOptionalListsThatWereNotSetOut() {
        stubSuccess("manageAlertProfileAndSubscriptions");

        client.customerAlerts().manageAlertProfileAndSubscriptions(new AlertProfileAndSubscriptionsRequest()
                .alertSubscriptions(List.of(new AlertSubscriptionChange()
                        .alertType("PROFILE_CHANGE")
                        .subscriptionAction(AlertSubscriptionChange.SubscriptionActionEnum.SUBSCRIBE))));

        JsonNode body = sentBody();
        assertThat(body.has("alertProfile")).isFalse();
        assertThat(body.get("alertSubscriptions").get(0).has("deliveryChannels")).isFalse();
    }

    private static JsonNode sentBody() {
        return JsonMapper.shared().readTree(onlyRequest().getBodyAsString());
    }
}
