package com.example.consumer;

import com.example.citi.au.customers.client.CustomersApiClient;
import com.example.citi.au.customers.client.generated.model.ConsentDetail;
import com.example.citi.au.customers.client.generated.model.CustomerParticularsResponse;
import com.example.citi.au.customers.client.generated.model.Email;
import com.example.citi.au.customers.client.generated.model.EmailUpdate;
import com.example.citi.au.customers.client.generated.model.EmailUpdateRequest;
import com.example.citi.au.customers.client.generated.model.OfferFulfillmentRequest;
import com.example.citi.au.customers.client.generated.model.OfferFulfillmentResponse;
import com.example.citi.au.customers.client.generated.model.OtpDeliveryOption;
import com.example.citi.au.customers.client.retries.IdempotencyKey;
import com.example.citi.au.customers.client.stepup.OneTimePasswordPrompt;
import com.example.citi.au.customers.client.tokens.ClientCredentialsTokenProvider;
import java.util.List;

/** What a consumer's app does with the client: a few calls of its own, each one line of the client. */
public final class CustomerContacts {

    private final CustomersApiClient customers;

    public CustomerContacts(CustomersApiClient customers) {
        this.customers = customers;
    }

    /** Signed in through the sandbox's own token call, as one of its seeded customers. */
    public static CustomerContacts forSandboxCustomer(String baseUrl, String clientId, String secret, String customer) {
        return new CustomerContacts(CustomersApiClient.builder()
                .baseUrl(baseUrl)
                .clientId(clientId)
                .clientCredentials(ClientCredentialsTokenProvider.builder()
                        .tokenUrl(baseUrl + "/sandbox/v1/oauth2/token")
                        .clientSecret(secret)
                        .customer(customer))
                .build());
    }

    public CustomerParticularsResponse particulars() {
        return customers.customerProfile().retrieveCustomerParticulars();
    }

    public List<String> emailAddresses() {
        return customers.customerEmails().retrieveCustomerEmails().getEmails().stream()
                .map(Email::getEmailAddress).toList();
    }

    /** The whole step-up journey: the change, the one-time password by email, its validation, the confirmation. */
    public List<String> changePreferredEmail(long emailKey, String address, OneTimePasswordPrompt customerTypes) {
        EmailUpdateRequest change = new EmailUpdateRequest().emails(List.of(new EmailUpdate()
                .emailKey(emailKey).emailAddress(address).preferredEmailFlag(true)));
        return customers.stepUp().changeEmails(change, OtpDeliveryOption.EMAIL, customerTypes).getEmails().stream()
                .map(Email::getEmailAddress).toList();
    }

    /** Safe to call again with the same key after any failure: the server applies it once. */
    public OfferFulfillmentResponse fulfil(String offerId, String accountId, IdempotencyKey key) {
        return customers.offers().fulfillOffer(new OfferFulfillmentRequest().offerId(offerId).accountId(accountId)
                .consentDetails(List.of(new ConsentDetail().consentType("TERMS_AND_CONDITIONS").consentGivenFlag(true))),
                key);
    }

    public String sandboxOneTimePassword(String controlFlowId) {
        String text = customers.sandbox().retrieveSandboxOtpOutbox(controlFlowId).getMessages().get(0).getMessageText();
        return text.replaceAll(".*?\\b(\\d{6})\\b.*", "$1");
    }
}
