package com.example.citi.au.customers.server.alert;

import static com.example.citi.au.customers.server.alert.AlertFixtures.ALERTS;
import static com.example.citi.au.customers.server.alert.AlertFixtures.PROFILE_AND_SUBSCRIPTIONS;
import static com.example.citi.au.customers.server.support.SandboxCaller.OLIVIA;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.server.generated.model.AlertProfileUpdate;
import com.example.citi.au.customers.server.support.ApiIntegrationTest;
import com.example.citi.au.customers.server.support.ApiResponse;
import org.junit.jupiter.api.Test;
import org.openapitools.jackson.nullable.JsonNullable;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code phoneKey} (like {@code emailKey}) is nullable in the spec: left out, {@code null} and a value are three
 * different requests. Proven on the application's own mapper, then on the server.
 */
class AlertProfileKeyTriStateTest extends ApiIntegrationTest {

    @Autowired
    private JsonMapper jsonMapper;

    @Test
    void readsALeftOutKeyAsUndefined() {
        AlertProfileUpdate update = jsonMapper.readValue("{}", AlertProfileUpdate.class);

        assertThat(update.getPhoneKey()).isEqualTo(JsonNullable.undefined());
        assertThat(update.getPhoneKey().isPresent()).isFalse();
    }

    @Test
    void readsAnExplicitNullKeyAsPresentAndNull() {
        AlertProfileUpdate update = jsonMapper.readValue("{\"phoneKey\":null}", AlertProfileUpdate.class);

        assertThat(update.getPhoneKey()).isEqualTo(JsonNullable.of(null));
        assertThat(update.getPhoneKey().isPresent()).isTrue();
        assertThat(update.getPhoneKey().get()).isNull();
    }

    @Test
    void readsAKeyValueAsPresentWithThatValue() {
        AlertProfileUpdate update = jsonMapper.readValue("{\"phoneKey\":3001}", AlertProfileUpdate.class);

        assertThat(update.getPhoneKey()).isEqualTo(JsonNullable.of(3001L));
    }

    @Test
    void writesTheThreeStatesBackAsTheyWereRead() {
        assertThat(jsonMapper.writeValueAsString(new AlertProfileUpdate())).isEqualTo("{}");
        assertThat(jsonMapper.writeValueAsString(new AlertProfileUpdate().phoneKey(null)))
                .isEqualTo("{\"phoneKey\":null}");
        assertThat(jsonMapper.writeValueAsString(new AlertProfileUpdate().phoneKey(3001L)))
                .isEqualTo("{\"phoneKey\":3001}");
    }

    @Test
    void keepsThePhoneKeyWhenItIsLeftOut() {
        ApiResponse response = changeProfile("{\"alertsActiveFlag\": true}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("alertProfile").path("phoneKey").asLong()).isEqualTo(3001);
        assertThat(readProfile().path("phoneKey").asLong()).isEqualTo(3001);
    }

    @Test
    void clearsThePhoneKeyWhenItIsNull() {
        ApiResponse response = changeProfile("{\"phoneKey\": null}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("alertProfile").has("phoneKey")).isFalse();
        assertThat(readProfile().has("phoneKey")).isFalse();
        assertThat(readProfile().path("emailKey").asLong()).isEqualTo(2001);
    }

    @Test
    void setsThePhoneKeyWhenItHasAValue() {
        ApiResponse response = changeProfile("{\"phoneKey\": 3002}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("alertProfile").path("phoneKey").asLong()).isEqualTo(3002);
        assertThat(readProfile().path("phoneKey").asLong()).isEqualTo(3002);
    }

    @Test
    void clearsTheEmailKeyWhenItIsNull() {
        changeProfile("{\"emailKey\": null}");

        assertThat(readProfile().has("emailKey")).isFalse();
        assertThat(readProfile().path("phoneKey").asLong()).isEqualTo(3001);
    }

    private ApiResponse changeProfile(String alertProfileJson) {
        return put(OLIVIA, PROFILE_AND_SUBSCRIPTIONS, "{\"alertProfile\": " + alertProfileJson + "}").send();
    }

    private JsonNode readProfile() {
        return get(OLIVIA, ALERTS).send().json().path("alertProfile");
    }
}
