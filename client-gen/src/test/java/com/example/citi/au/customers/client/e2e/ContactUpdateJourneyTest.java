package com.example.citi.au.customers.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.example.citi.au.customers.client.CustomersApiClient;
import com.example.citi.au.customers.client.errors.CustomersApiException;
import com.example.citi.au.customers.client.generated.model.ControlFlowConfirmationRequest;
import com.example.citi.au.customers.client.generated.model.Email;
import com.example.citi.au.customers.client.generated.model.EmailUpdate;
import com.example.citi.au.customers.client.generated.model.EmailUpdateRequest;
import com.example.citi.au.customers.client.generated.model.OtpDeliveryOption;
import com.example.citi.au.customers.client.generated.model.OtpSendRequest;
import com.example.citi.au.customers.client.generated.model.OtpSendResponse;
import com.example.citi.au.customers.client.generated.model.OtpValidationRequest;
import com.example.citi.au.customers.client.generated.model.Phone;
import com.example.citi.au.customers.client.generated.model.PhoneUpdate;
import com.example.citi.au.customers.client.generated.model.PhoneUpdateRequest;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The generated client against the real server on a real port, through both step-up journeys. */
class ContactUpdateJourneyTest {

    private static final Pattern OTP = Pattern.compile("\\b(\\d{6})\\b");

    @RegisterExtension
    static final SandboxServer server = new SandboxServer();

    @Test
    void changesAnEmailAddressThroughTheWholeStepUpJourney() {
        CustomersApiClient olivia = server.clientFor(1);
        EmailUpdateRequest change = new EmailUpdateRequest().emails(List.of(new EmailUpdate()
                .emailKey(2001L).emailAddress("olivia.new@example.org").preferredEmailFlag(true)));

        CustomersApiException stepUp = catchThrowableOfType(CustomersApiException.class,
                () -> olivia.customerEmails().updateCustomerEmails(change));
        assertThat(stepUp.status()).isEqualTo(403);
        assertThat(stepUp.isStepUpRequired()).isTrue();
        String flow = stepUp.controlFlowId().orElseThrow();
        assertThat(addressesOf(olivia)).doesNotContain("olivia.new@example.org");

        completeStepUp(olivia, flow, OtpDeliveryOption.SMS);
        List<Email> confirmed = olivia.customerEmails()
                .confirmCustomerEmailUpdate(new ControlFlowConfirmationRequest().controlFlowId(flow)).getEmails();

        assertThat(confirmed).filteredOn(Email::getPreferredEmailFlag)
                .extracting(Email::getEmailAddress).containsExactly("olivia.new@example.org");
        assertThat(addressesOf(olivia)).containsExactly("olivia.new@example.org", "o.bennett@example.net");
    }

    @Test
    void changesAPhoneNumberThroughTheWholeStepUpJourney() {
        CustomersApiClient liam = server.clientFor(2);
        PhoneUpdateRequest change = new PhoneUpdateRequest().phones(List.of(new PhoneUpdate()
                .phoneKey(3102L).phoneType("MOBILE").phoneCountryCode("61").phoneNumber("498765432")
                .preferredPhoneFlag(true)));

        CustomersApiException stepUp = catchThrowableOfType(CustomersApiException.class,
                () -> liam.customerPhoneNumbers().updateCustomerPhoneNumbers(change));
        String flow = stepUp.controlFlowId().orElseThrow();
        OtpSendResponse sent = completeStepUp(liam, flow, OtpDeliveryOption.SMS);
        liam.customerPhoneNumbers().confirmCustomerPhoneNumberUpdate(new ControlFlowConfirmationRequest().controlFlowId(flow));

        assertThat(sent.getMaskedPhoneNumber()).endsWith("7890");
        assertThat(liam.customerPhoneNumbers().retrieveCustomerPhoneNumbers().getPhones())
                .filteredOn(Phone::getPreferredPhoneFlag)
                .extracting(Phone::getPhoneNumber).containsExactly("498765432");
    }

    @Test
    void surfacesAWrongOneTimePasswordAsATypedErrorWithRemainingAttempts() {
        CustomersApiClient olivia = server.clientFor(1);
        String flow = catchThrowableOfType(CustomersApiException.class, () -> olivia.customerEmails().updateCustomerEmails(
                new EmailUpdateRequest().emails(List.of(new EmailUpdate()
                        .emailAddress("extra@example.org").preferredEmailFlag(false)))))
                .controlFlowId().orElseThrow();
        olivia.oneTimePasswords().sendOneTimePassword(new OtpSendRequest().controlFlowId(flow).otpDeliveryOption(OtpDeliveryOption.SMS));
        String wrong = otpFromOutbox(olivia, flow).equals("000000") ? "111111" : "000000";

        CustomersApiException rejected = catchThrowableOfType(CustomersApiException.class, () -> olivia.oneTimePasswords()
                .validateOneTimePassword(new OtpValidationRequest().controlFlowId(flow).otpToken(wrong)));

        assertThat(rejected.status()).isEqualTo(422);
        assertThat(rejected.code()).isEqualTo("invalidOtp");
        assertThat(rejected.location()).isEqualTo("otpToken");
        assertThat(rejected.isStepUpRequired()).isFalse();
    }

    private static OtpSendResponse completeStepUp(CustomersApiClient client, String flow, OtpDeliveryOption channel) {
        OtpSendResponse sent = client.oneTimePasswords()
                .sendOneTimePassword(new OtpSendRequest().controlFlowId(flow).otpDeliveryOption(channel));
        client.oneTimePasswords().validateOneTimePassword(
                new OtpValidationRequest().controlFlowId(flow).otpToken(otpFromOutbox(client, flow)));
        return sent;
    }

    private static String otpFromOutbox(CustomersApiClient client, String flow) {
        String text = client.sandbox().retrieveSandboxOtpOutbox(flow).getMessages().get(0).getMessageText();
        Matcher otp = OTP.matcher(text);
        assertThat(otp.find()).as("a 6-digit password in %s", text).isTrue();
        return otp.group(1);
    }

    private static List<String> addressesOf(CustomersApiClient client) {
        return client.customerEmails().retrieveCustomerEmails().getEmails().stream().map(Email::getEmailAddress).toList();
    }
}
