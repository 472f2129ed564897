package com.example.citi.au.customers.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.client.Spec.SpecExample;
import com.example.citi.au.customers.client.generated.model.OtpDeliveryOption;
import com.example.citi.au.customers.client.generated.model.OtpSendResponse;
import com.example.citi.au.customers.client.generated.model.OtpValidationResponse;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class OneTimePasswordOperationsTest extends WireMockClientTest {

    @Test
    void sendsTheOneTimePasswordRequestAndMapsWhereItWent() {
        SpecExample example = stubSuccess("sendOneTimePassword");

        OtpSendResponse sent = client.oneTimePasswords().sendOneTimePassword(Requests.bySms());

        assertSentBodyIs(Spec.get().operation("sendOneTimePassword").requestExample("bySms"));
        assertThat(sent.getControlFlowId()).isEqualTo(Requests.CONTROL_FLOW_ID);
        assertThat(sent.getOtpDeliveryOption()).isEqualTo(OtpDeliveryOption.SMS);
        assertThat(sent.getMaskedPhoneNumber()).isEqualTo("+61 *****5678");
        assertThat(sent.getMaskedEmailAddress()).isNull();
        assertThat(sent.getOtpExpiryDateTime()).isEqualTo(OffsetDateTime.parse("2026-11-28T10:05:00Z"));
        assertMapsEveryField(sent, example);
    }

    @Test
    void sendsTheOneTimePasswordAndMapsItsValidation() {
        SpecExample example = stubSuccess("validateOneTimePassword");

        OtpValidationResponse validation = client.oneTimePasswords().validateOneTimePassword(Requests.sixDigits());

        assertSentBodyIs(Spec.get().operation("validateOneTimePassword").requestExample("sixDigits"));
        assertThat(validation.getControlFlowId()).isEqualTo(Requests.CONTROL_FLOW_ID);
        assertThat(validation.getOtpValidationStatus())
                .isEqualTo(OtpValidationResponse.OtpValidationStatusEnum.VALIDATED);
        assertMapsEveryField(validation, example);
    }
}
