package com.example.citi.au.customers.client;

import com.example.citi.au.customers.client.errors.CustomersApiException;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.client.generated.model.ControlFlowConfirmationRequest;
import com.example.citi.au.customers.client.generated.model.CustomerEmailResponse;
import com.example.citi.au.customers.client.generated.model.OtpDeliveryOption;
import com.example.citi.au.customers.client.generated.model.OtpSendRequest;
import com.example.citi.au.customers.client.generated.model.OtpValidationRequest;
import org.junit.jupiter.api.Test;

/** The email step-up journey as a consumer writes it: the shape the end-to-end test drives against the server. */
class StepUpJourneyTest extends WireMockClientTest {

    @Test
    void changesAnEmailAddressThroughTheOneTimePasswordJourney() {
        stub(Spec.get().operation("updateCustomerEmails"), ErrorMappingTest.stepUpRequired());
        stubSuccess("sendOneTimePassword");
        stubSuccess("validateOneTimePassword");
        stubSuccess("confirmCustomerEmailUpdate");

        CustomersApiException stepUp = ErrorMappingTest.thrown(
                () -> client.customerEmails().updateCustomerEmails(Requests.changeAddress()));
        assertThat(stepUp.isStepUpRequired()).isTrue();
        String controlFlowId = stepUp.controlFlowId().orElseThrow();
        client.oneTimePasswords().sendOneTimePassword(
                new OtpSendRequest().controlFlowId(controlFlowId).otpDeliveryOption(OtpDeliveryOption.SMS));
        client.oneTimePasswords().validateOneTimePassword(
                new OtpValidationRequest().controlFlowId(controlFlowId).otpToken("482915"));
        CustomerEmailResponse emails = client.customerEmails().confirmCustomerEmailUpdate(
                new ControlFlowConfirmationRequest().controlFlowId(controlFlowId));

        assertThat(emails.getEmails().get(0).getEmailAddress()).isEqualTo("olivia.bennett@example.org");
        String carriesTheFlow = "{\"controlFlowId\":\"" + controlFlowId + "\"}";
        wireMock.verify(postRequestedFor(urlPathEqualTo("/api/v1/mfa/otp"))
                .withRequestBody(equalToJson(carriesTheFlow, false, true)));
        wireMock.verify(putRequestedFor(urlPathEqualTo("/api/v1/mfa/otp"))
                .withRequestBody(equalToJson(carriesTheFlow, false, true)));
        wireMock.verify(postRequestedFor(urlPathEqualTo("/api/v1/customers/profiles/emails/confirmation"))
                .withRequestBody(equalToJson(carriesTheFlow)));
    }
}
