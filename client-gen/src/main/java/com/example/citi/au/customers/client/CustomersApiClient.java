package com.example.citi.au.customers.client;

import com.example.citi.au.customers.client.generated.api.CardAddressesApi;
import com.example.citi.au.customers.client.generated.api.CustomerAlertsApi;
import com.example.citi.au.customers.client.generated.api.CustomerEmailsApi;
import com.example.citi.au.customers.client.generated.api.CustomerPhoneNumbersApi;
import com.example.citi.au.customers.client.generated.api.CustomerProfileApi;
import com.example.citi.au.customers.client.generated.api.OffersApi;
import com.example.citi.au.customers.client.generated.api.OneTimePasswordsApi;
import com.example.citi.au.customers.client.generated.api.PartnerApi;
import com.example.citi.au.customers.client.generated.api.SandboxApi;
import com.example.citi.au.customers.client.generated.api.SandboxResetApi;
import com.example.citi.au.customers.client.generated.api.ProfileImagesApi;
import com.example.citi.au.customers.client.generated.invoker.ApiClient;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The Customers API client: configured once, then every operation of the spec by tag.
 *
 * <pre>{@code
 * CustomersApiClient customers = CustomersApiClient.builder()
 *         .baseUrl("https://sandbox.apihub.citi.com/gcb/api")
 *         .tokenSupplier(tokens::currentAccessToken)
 *         .clientId("my-registered-client-id")
 *         .build();
 * CustomerEmailResponse emails = customers.customerEmails().retrieveCustomerEmails();
 * }</pre>
 *
 * Every request carries {@code Authorization: Bearer <token>} with a token asked from the supplier for that
 * request, a fresh {@code uuid}, the {@code client_id} and, when a supplier is given and returns a value,
 * {@code clientDetails}. Instances are thread-safe; build one and share it.
 */
public final class CustomersApiClient {

    private final ApiClient apiClient;
    private final CustomerProfileOperations customerProfile;
    private final CustomerEmailOperations customerEmails;
    private final CustomerPhoneNumberOperations customerPhoneNumbers;
    private final OneTimePasswordOperations oneTimePasswords;
    private final CustomerAlertOperations customerAlerts;
    private final PartnerOperations partner;
    private final ProfileImageOperations profileImages;
    private final OfferOperations offers;
    private final CardAddressOperations cardAddresses;
    private final SandboxOperations sandbox;
    private final SandboxResetOperations sandboxReset;

    private CustomersApiClient(Builder builder) {
        apiClient = new ApiClient();
        apiClient.updateBaseUri(builder.baseUrl);
        apiClient.setConnectTimeout(builder.connectTimeout);
        apiClient.setReadTimeout(builder.readTimeout);
        GeneratedCalls calls = new GeneratedCalls(apiClient.getObjectMapper());
        apiClient.setRequestInterceptor(calls.rememberingRequests(
                new RequiredHeaders(builder.tokenSupplier, builder.clientId, builder.clientDetailsSupplier)));

        customerProfile = new CustomerProfileOperations(new CustomerProfileApi(apiClient), calls);
        customerEmails = new CustomerEmailOperations(new CustomerEmailsApi(apiClient), calls);
        customerPhoneNumbers = new CustomerPhoneNumberOperations(new CustomerPhoneNumbersApi(apiClient), calls);
        oneTimePasswords = new OneTimePasswordOperations(new OneTimePasswordsApi(apiClient), calls);
        customerAlerts = new CustomerAlertOperations(new CustomerAlertsApi(apiClient), calls);
        partner = new PartnerOperations(new PartnerApi(apiClient), calls);
        profileImages = new ProfileImageOperations(new ProfileImagesApi(apiClient), calls);
        offers = new OfferOperations(new OffersApi(apiClient), calls);
        cardAddresses = new CardAddressOperations(new CardAddressesApi(apiClient), calls);
        sandbox = new SandboxOperations(new SandboxApi(apiClient), calls);
        sandboxReset = new SandboxResetOperations(new SandboxResetApi(apiClient), calls);
    }

    public static Builder builder() {
        return new Builder();
    }

    public CustomerProfileOperations customerProfile() {
        return customerProfile;
    }

    public CustomerEmailOperations customerEmails() {
        return customerEmails;
    }

    public CustomerPhoneNumberOperations customerPhoneNumbers() {
        return customerPhoneNumbers;
    }

    public OneTimePasswordOperations oneTimePasswords() {
        return oneTimePasswords;
    }

    public CustomerAlertOperations customerAlerts() {
        return customerAlerts;
    }

    public PartnerOperations partner() {
        return partner;
    }

    public ProfileImageOperations profileImages() {
        return profileImages;
    }

    public OfferOperations offers() {
        return offers;
    }

    public CardAddressOperations cardAddresses() {
        return cardAddresses;
    }

    /** Only the local sandbox serves these: reading the one-time passwords it "sent". */
    public SandboxOperations sandbox() {
        return sandbox;
    }

    /** Only the local sandbox serves this: the signed-in customer's data back as it was seeded. */
    public SandboxResetOperations sandboxReset() {
        return sandboxReset;
    }

    /**
     * The configured generated client, for what the operations above do not offer (for example the
     * {@code ...WithHttpInfo} methods that return the response headers): {@code new CustomerEmailsApi(apiClient())}
     * sends the same headers, but reports errors as the generated checked {@code ApiException}.
     */
    public ApiClient apiClient() {
        return apiClient;
    }

    public static final class Builder {

        private String baseUrl;
        private Supplier<String> tokenSupplier;
        private String clientId;
        private Supplier<String> clientDetailsSupplier = () -> null;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(30);

        private Builder() {
        }

        /** Where the API lives, up to and including its base path, e.g. {@code http://localhost:8080/api}. */
        public Builder baseUrl(String baseUrl) {
            URI uri = URI.create(Objects.requireNonNull(baseUrl, "baseUrl"));
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL: " + baseUrl);
            }
            this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
            return this;
        }

        /** Gives the current OAuth access token, without the {@code Bearer } prefix; asked once per request. */
        public Builder tokenSupplier(Supplier<String> tokenSupplier) {
            this.tokenSupplier = Objects.requireNonNull(tokenSupplier, "tokenSupplier");
            return this;
        }

        /** The client ID of the application registration, sent as {@code client_id}. */
        public Builder clientId(String clientId) {
            if (clientId == null || clientId.isBlank()) {
                throw new IllegalArgumentException("clientId must not be blank");
            }
            this.clientId = clientId;
            return this;
        }

        /** Optional: gives the base64 {@code clientDetails} of the customer's device; asked once per request. */
        public Builder clientDetailsSupplier(Supplier<String> clientDetailsSupplier) {
            this.clientDetailsSupplier = Objects.requireNonNull(clientDetailsSupplier, "clientDetailsSupplier");
            return this;
        }

        /** How long to wait for a connection; 10 seconds unless set. */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
            return this;
        }

        /** How long to wait for each answer; 30 seconds unless set. */
        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = Objects.requireNonNull(readTimeout, "readTimeout");
            return this;
        }

        public CustomersApiClient build() {
            if (baseUrl == null || tokenSupplier == null || clientId == null) {
                throw new IllegalStateException("baseUrl, tokenSupplier and clientId are required");
            }
            return new CustomersApiClient(this);
        }
    }
}
