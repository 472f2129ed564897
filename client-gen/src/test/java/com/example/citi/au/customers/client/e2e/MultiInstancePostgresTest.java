package com.example.citi.au.customers.client.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.example.citi.au.customers.client.CustomersApiClient;
import com.example.citi.au.customers.client.errors.CustomersApiException;
import com.example.citi.au.customers.client.generated.model.Address;
import com.example.citi.au.customers.client.generated.model.ControlFlowConfirmationRequest;
import com.example.citi.au.customers.client.generated.model.CustomerProfile;
import com.example.citi.au.customers.client.generated.model.Email;
import com.example.citi.au.customers.client.generated.model.EmailUpdate;
import com.example.citi.au.customers.client.generated.model.EmailUpdateRequest;
import com.example.citi.au.customers.client.generated.model.Name;
import com.example.citi.au.customers.client.generated.model.OtpDeliveryOption;
import com.example.citi.au.customers.client.generated.model.OtpSendRequest;
import com.example.citi.au.customers.client.generated.model.OtpValidationRequest;
import com.example.citi.au.customers.client.generated.model.Phone;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two server instances on one PostgreSQL database, sharing the sandbox signing key: a journey
 * started on one instance is finished on the other. Runs where CUSTOMERS_TEST_POSTGRES_URL names
 * a database (.ci/run starts one); each run migrates a schema of its own.
 */
@EnabledIfEnvironmentVariable(named = "CUSTOMERS_TEST_POSTGRES_URL", matches = ".+")
class MultiInstancePostgresTest {

    private static final String SCHEMA = "run_" + UUID.randomUUID().toString().replace("-", "");
    private static final Path SHARED_DATA = sharedDataDirectory();
    private static final Pattern OTP = Pattern.compile("\\b(\\d{6})\\b");

    @RegisterExtension
    @Order(1)
    static final SandboxServer first = new SandboxServer(settings());

    @RegisterExtension
    @Order(2)
    static final SandboxServer second = new SandboxServer(settings());

    @Test
    void finishesOnOneInstanceTheEmailJourneyStartedOnTheOther() {
        CustomersApiClient onFirst = first.clientFor(1);
        CustomersApiClient onSecond = second.clientFor(1);
        EmailUpdateRequest change = new EmailUpdateRequest().emails(List.of(new EmailUpdate()
                .emailKey(2001L).emailAddress("olivia.shared@example.org").preferredEmailFlag(true)));

        String flow = catchThrowableOfType(CustomersApiException.class,
                () -> onFirst.customerEmails().updateCustomerEmails(change)).controlFlowId().orElseThrow();
        onSecond.oneTimePasswords().sendOneTimePassword(
                new OtpSendRequest().controlFlowId(flow).otpDeliveryOption(OtpDeliveryOption.SMS));
        String otp = otpIn(onFirst.sandbox().retrieveSandboxOtpOutbox(flow).getMessages().get(0).getMessageText());
        onSecond.oneTimePasswords().validateOneTimePassword(new OtpValidationRequest().controlFlowId(flow).otpToken(otp));
        onFirst.customerEmails().confirmCustomerEmailUpdate(new ControlFlowConfirmationRequest().controlFlowId(flow));

        assertThat(onSecond.customerEmails().retrieveCustomerEmails().getEmails())
                .filteredOn(Email::getPreferredEmailFlag)
                .extracting(Email::getEmailAddress).containsExactly("olivia.shared@example.org");
    }

    @Test
    void refusesOnOneInstanceAFlowAlreadyConfirmedOnTheOther() {
        CustomersApiClient onFirst = first.clientFor(2);
        CustomersApiClient onSecond = second.clientFor(2);
        String flow = catchThrowableOfType(CustomersApiException.class, () -> onFirst.customerEmails().updateCustomerEmails(
                new EmailUpdateRequest().emails(List.of(new EmailUpdate()
                        .emailAddress("liam.shared@example.org").preferredEmailFlag(false)))))
                .controlFlowId().orElseThrow();
        onFirst.oneTimePasswords().sendOneTimePassword(new OtpSendRequest().controlFlowId(flow).otpDeliveryOption(OtpDeliveryOption.SMS));
        String otp = otpIn(onSecond.sandbox().retrieveSandboxOtpOutbox(flow).getMessages().get(0).getMessageText());
        onFirst.oneTimePasswords().validateOneTimePassword(new OtpValidationRequest().controlFlowId(flow).otpToken(otp));
        onFirst.customerEmails().confirmCustomerEmailUpdate(new ControlFlowConfirmationRequest().controlFlowId(flow));

        CustomersApiException again = catchThrowableOfType(CustomersApiException.class, () -> onSecond.customerEmails()
                .confirmCustomerEmailUpdate(new ControlFlowConfirmationRequest().controlFlowId(flow)));

        assertThat(again.status()).isEqualTo(422);
        assertThat(again.code()).isEqualTo("controlFlowCompleted");
    }

    @Test
    void readsAWholeProfileFromPostgresql() {
        CustomerProfile charlotte = second.clientFor(3).customerProfile().retrieveCustomerProfile();

        assertThat(charlotte.getPartnerCustomerSegment()).isEqualTo("PARTNER_PREMIUM");
        assertThat(charlotte.getCustomerParticulars().getPrefix()).isEqualTo("DR");
        assertThat(charlotte.getCustomerParticulars().getNames()).extracting(Name::getFullName)
                .containsExactly("CHARLOTTE WILSON");
        assertThat(charlotte.getAddressList()).extracting(Address::getAddressKey).containsExactly(1201L, 1202L);
        assertThat(charlotte.getEmails()).extracting(Email::getEmailAddress)
                .containsExactly("charlotte.wilson@example.com");
        assertThat(charlotte.getPhones()).extracting(Phone::getPhoneNumber, Phone::getPreferredPhoneFlag)
                .containsExactly(tuple("445678901", true));
    }

    private static String[] settings() {
        String url = System.getenv("CUSTOMERS_TEST_POSTGRES_URL");
        if (url == null) {
            return new String[0];
        }
        String separator = url.contains("?") ? "&" : "?";
        return new String[] {
                "--spring.datasource.url=" + url + separator + "currentSchema=" + SCHEMA,
                "--spring.datasource.username=" + System.getenv().getOrDefault("CUSTOMERS_TEST_POSTGRES_USER", "postgres"),
                "--spring.datasource.password=" + System.getenv().getOrDefault("CUSTOMERS_TEST_POSTGRES_PASSWORD", ""),
                "--spring.flyway.schemas=" + SCHEMA,
                "--customers.data-dir=" + SHARED_DATA
        };
    }

    private static Path sharedDataDirectory() {
        try {
            return Files.createTempDirectory("customers-multi-instance");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String otpIn(String message) {
        Matcher otp = OTP.matcher(message);
        assertThat(otp.find()).as("a 6-digit password in %s", message).isTrue();
        return otp.group(1);
    }
}
