package com.example.citi.au.customers.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.example.citi.au.customers.client.CustomersApiClient;
import com.example.citi.au.customers.client.errors.WrongOneTimePasswordException;
import com.example.citi.au.customers.client.generated.model.Email;
import com.example.citi.au.customers.client.generated.model.EmailUpdate;
import com.example.citi.au.customers.client.generated.model.EmailUpdateRequest;
import com.example.citi.au.customers.client.generated.model.OtpDeliveryOption;
import com.example.citi.au.customers.client.generated.model.Phone;
import com.example.citi.au.customers.client.generated.model.PhoneUpdate;
import com.example.citi.au.customers.client.generated.model.PhoneUpdateRequest;
import com.example.citi.au.customers.client.stepup.OneTimePasswordPrompt;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The step-up helper against the real server, with the client's own client-credentials tokens. */
class StepUpHelperEndToEndTest {

    private static final Pattern OTP = Pattern.compile("\\b(\\d{6})\\b");

    @RegisterExtension
    static final SandboxServer server = new SandboxServer();

    @Test
    void changesAnEmailAddressInOneCall() {
        CustomersApiClient olivia = server.clientWithCredentialsFor(1);

        List<Email> confirmed = olivia.stepUp().changeEmails(new EmailUpdateRequest().emails(List.of(new EmailUpdate()
                        .emailKey(2001L).emailAddress("olivia.helper@example.org").preferredEmailFlag(true))),
                OtpDeliveryOption.EMAIL, fromTheOutbox(olivia)).getEmails();

        assertThat(confirmed).filteredOn(Email::getPreferredEmailFlag)
                .extracting(Email::getEmailAddress).containsExactly("olivia.helper@example.org");
        assertThat(olivia.customerEmails().retrieveCustomerEmails().getEmails())
                .extracting(Email::getEmailAddress).contains("olivia.helper@example.org");
    }

    @Test
    void changesAPhoneNumberInOneCall() {
        CustomersApiClient liam = server.clientWithCredentialsFor(2);

        liam.stepUp().changePhoneNumbers(new PhoneUpdateRequest().phones(List.of(new PhoneUpdate()
                        .phoneKey(3102L).phoneType("MOBILE").phoneCountryCode("61").phoneNumber("491111222")
                        .preferredPhoneFlag(true))),
                OtpDeliveryOption.SMS, fromTheOutbox(liam));

        assertThat(liam.customerPhoneNumbers().retrieveCustomerPhoneNumbers().getPhones())
                .filteredOn(Phone::getPreferredPhoneFlag)
                .extracting(Phone::getPhoneNumber).containsExactly("491111222");
    }

    @Test
    void aWrongPasswordIsATypedErrorAndChangesNothing() {
        CustomersApiClient charlotte = server.clientWithCredentialsFor(3);
        List<String> before = addressesOf(charlotte);
        OneTimePasswordPrompt oneDigitOff = sent -> {
            String right = passwordFrom(charlotte, sent.controlFlowId());
            return right.equals("000000") ? "111111" : "000000";
        };

        WrongOneTimePasswordException thrown = catchThrowableOfType(WrongOneTimePasswordException.class,
                () -> charlotte.stepUp().changeEmails(new EmailUpdateRequest().emails(List.of(new EmailUpdate()
                        .emailAddress("charlotte.extra@example.org").preferredEmailFlag(false))),
                        OtpDeliveryOption.SMS, oneDigitOff));

        assertThat(thrown.remainingAttempts()).hasValue(4);
        assertThat(addressesOf(charlotte)).isEqualTo(before);
    }

    /** The sandbox "sends" the password to its outbox; an app would ask the customer instead. */
    private static OneTimePasswordPrompt fromTheOutbox(CustomersApiClient client) {
        return sent -> passwordFrom(client, sent.controlFlowId());
    }

    private static String passwordFrom(CustomersApiClient client, String flow) {
        String text = client.sandbox().retrieveSandboxOtpOutbox(flow).getMessages().get(0).getMessageText();
        Matcher otp = OTP.matcher(text);
        assertThat(otp.find()).as("a 6-digit password in the outbox").isTrue();
        return otp.group(1);
    }

    private static List<String> addressesOf(CustomersApiClient client) {
        return client.customerEmails().retrieveCustomerEmails().getEmails().stream().map(Email::getEmailAddress).toList();
    }
}
