package com.example.citi.au.customers.client;

import com.example.citi.au.customers.client.errors.CustomersApiException;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.example.citi.au.customers.client.generated.model.ControlFlowConfirmationRequest;
import com.example.citi.au.customers.client.generated.model.CustomerEmailResponse;
import com.example.citi.au.customers.client.generated.model.OtpDeliveryOption;
import com.example.citi.au.customers.client.generated.model.OtpSendRequest;
import com.example.citi.au.customers.client.generated.model.OtpValidationRequest;
import com.example.citi.au.customers.client.errors.ControlFlowExpiredException;
import com.example.citi.au.customers.client.errors.WrongOneTimePasswordException;
import com.example.citi.au.customers.client.stepup.OneTimePasswordSent;
import java.util.ArrayList;
import java.util.List;
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

    @Test
    void theStepUpHelperWalksTheWholeJourneyInOneCall() {
        stub(Spec.get().operation("updateCustomerEmails"), ErrorMappingTest.stepUpRequired());
        stubSuccess("sendOneTimePassword");
        stubSuccess("validateOneTimePassword");
        stubSuccess("confirmCustomerEmailUpdate");
        List<OneTimePasswordSent> prompted = new ArrayList<>();

        CustomerEmailResponse emails = client.stepUp().changeEmails(Requests.changeAddress(), OtpDeliveryOption.EMAIL,
                sent -> {
                    prompted.add(sent);
                    return "482915";
                });

        assertThat(emails.getEmails().get(0).getEmailAddress()).isEqualTo("olivia.bennett@example.org");
        assertThat(prompted).singleElement().satisfies(sent -> {
            assertThat(sent.controlFlowId()).isEqualTo(Requests.CONTROL_FLOW_ID);
            assertThat(sent.channel()).isEqualTo(OtpDeliveryOption.EMAIL);
        });
        wireMock.verify(postRequestedFor(urlPathEqualTo("/api/v1/mfa/otp")).withRequestBody(equalToJson(
                "{\"controlFlowId\":\"" + Requests.CONTROL_FLOW_ID + "\",\"otpDeliveryOption\":\"EMAIL\"}")));
        wireMock.verify(putRequestedFor(urlPathEqualTo("/api/v1/mfa/otp")).withRequestBody(equalToJson(
                "{\"controlFlowId\":\"" + Requests.CONTROL_FLOW_ID + "\",\"otpToken\":\"482915\"}")));
        wireMock.verify(postRequestedFor(urlPathEqualTo("/api/v1/customers/profiles/emails/confirmation")));
    }

    @Test
    void theStepUpHelperReportsAWrongPasswordWithTheTriesLeftAndConfirmsNothing() {
        stub(Spec.get().operation("updateCustomerEmails"), ErrorMappingTest.stepUpRequired());
        stubSuccess("sendOneTimePassword");
        stub(Spec.get().operation("validateOneTimePassword"), errorExample("validateOneTimePassword", "invalidOtp"));

        WrongOneTimePasswordException thrown = catchThrowableOfType(WrongOneTimePasswordException.class,
                () -> client.stepUp().changeEmails(Requests.changeAddress(), OtpDeliveryOption.SMS, sent -> "000000"));

        assertThat(thrown.remainingAttempts()).hasValue(4);
        assertThat(thrown.controlFlowId()).contains(Requests.CONTROL_FLOW_ID);
        wireMock.verify(0, postRequestedFor(urlPathEqualTo("/api/v1/customers/profiles/emails/confirmation")));
    }

    @Test
    void theStepUpHelperReportsAnExpiredFlow() {
        stub(Spec.get().operation("updateCustomerPhoneNumbers"), Spec.get().operation("updateCustomerPhoneNumbers")
                .errorExamples().stream().filter(example -> example.status() == 403 && example.json() != null
                        && example.json().contains("controlFlowId")).findFirst().orElseThrow());
        stub(Spec.get().operation("sendOneTimePassword"), errorExample("sendOneTimePassword", "controlFlowExpired"));

        ControlFlowExpiredException thrown = catchThrowableOfType(ControlFlowExpiredException.class,
                () -> client.stepUp().changePhoneNumbers(Requests.changeMobile(), OtpDeliveryOption.SMS, sent -> "482915"));

        assertThat(thrown.code()).isEqualTo("controlFlowExpired");
    }

    @Test
    void theStepUpHelperReturnsAChangeThatNeedsNoStepUp() {
        stubSuccess("updateCustomerEmails");

        client.stepUp().changeEmails(Requests.changeAddress(), OtpDeliveryOption.SMS, sent -> {
            throw new AssertionError("no password is needed");
        });

        assertThat(receivedRequests()).hasSize(1);
    }

    private static Spec.SpecExample errorExample(String operationId, String name) {
        return Spec.get().operation(operationId).errorExamples().stream()
                .filter(example -> example.name().equals(name)).findFirst().orElseThrow();
    }
}
