package com.example.citi.au.customers.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.example.citi.au.customers.client.Spec.SpecExample;
import com.example.citi.au.customers.client.generated.model.CustomerEmailResponse;
import com.example.citi.au.customers.client.generated.model.Email;
import org.junit.jupiter.api.Test;

class CustomerEmailOperationsTest extends WireMockClientTest {

    @Test
    void mapsTheCustomerEmails() {
        SpecExample example = stubSuccess("retrieveCustomerEmails");

        CustomerEmailResponse emails = client.customerEmails().retrieveCustomerEmails();

        assertThat(emails.getEmails())
                .extracting(Email::getEmailKey, Email::getEmailAddress, Email::getPreferredEmailFlag, Email::getEmailType)
                .containsExactly(
                        tuple(2001L, "olivia.bennett@example.com", true, "PERSONAL"),
                        tuple(2002L, "o.bennett@example.net", false, "PERSONAL"));
        assertMapsEveryField(emails, example);
    }

    @Test
    void sendsTheEmailUpdateAndMapsTheEmailsAfterIt() {
        SpecExample example = stubSuccess("updateCustomerEmails");

        CustomerEmailResponse emails = client.customerEmails().updateCustomerEmails(Requests.movePreferred());

        assertSentBodyIs(Spec.get().operation("updateCustomerEmails").requestExample("movePreferred"));
        assertThat(emails.getEmails())
                .extracting(Email::getEmailKey, Email::getEmailAddress, Email::getPreferredEmailFlag, Email::getEmailType)
                .containsExactly(
                        tuple(2001L, "olivia.bennett@example.com", false, "PERSONAL"),
                        tuple(2002L, "o.bennett@example.net", true, "PERSONAL"));
        assertMapsEveryField(emails, example);
    }

    @Test
    void sendsTheEmailConfirmationAndMapsTheEmailsAfterIt() {
        SpecExample example = stubSuccess("confirmCustomerEmailUpdate");

        CustomerEmailResponse emails = client.customerEmails().confirmCustomerEmailUpdate(Requests.confirm());

        assertSentBodyIs(Spec.get().operation("confirmCustomerEmailUpdate").requestExample("confirm"));
        assertThat(emails.getEmails())
                .extracting(Email::getEmailKey, Email::getEmailAddress, Email::getPreferredEmailFlag, Email::getEmailType)
                .containsExactly(
                        tuple(2001L, "olivia.bennett@example.org", true, "PERSONAL"),
                        tuple(2002L, "o.bennett@example.net", false, "PERSONAL"));
        assertMapsEveryField(emails, example);
    }
}
