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
import com.example.citi.au.customers.client.headers.ClientHeadersPolicy;
import com.example.citi.au.customers.client.headers.RequestIdPolicy;
import com.example.citi.au.customers.client.logging.AttemptLogPolicy;
import com.example.citi.au.customers.client.pipeline.PathTemplates;
import com.example.citi.au.customers.client.pipeline.PipelineHttpClient;
import com.example.citi.au.customers.client.retries.IdempotencyKeyPolicy;
import com.example.citi.au.customers.client.retries.RetryOptions;
import com.example.citi.au.customers.client.retries.RetryPolicy;
import com.example.citi.au.customers.client.retries.Sleeper;
import com.example.citi.au.customers.client.stepup.StepUpJourney;
import com.example.citi.au.customers.client.tokens.AccessTokenProvider;
import com.example.citi.au.customers.client.tokens.BearerTokenPolicy;
import com.example.citi.au.customers.client.tokens.ClientCredentialsTokenProvider;
import com.example.citi.au.customers.client.tokens.SuppliedTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * The Customers API client: configured once, then every operation of the contract by tag, the step-up
 * journey in one call, and the alert history as a stream.
 *
 * <pre>{@code
 * CustomersApiClient customers = CustomersApiClient.builder()
 *         .baseUrl("http://localhost:8080/api")
 *         .clientId("sandbox-app")
 *         .clientCredentials(ClientCredentialsTokenProvider.builder()
 *                 .tokenUrl("http://localhost:8080/api/sandbox/v1/oauth2/token")
 *                 .clientSecret("sandbox-app-secret")
 *                 .customer("1"))
 *         .build();
 * CustomerEmailResponse emails = customers.customerEmails().retrieveCustomerEmails();
 * }</pre>
 *
 * Every call goes through one pipeline of small policies, outermost first: {@link IdempotencyKeyPolicy} (one
 * key per write), {@link RetryPolicy} (which answers are repeated, how long to wait, the call's deadline),
 * {@link BearerTokenPolicy} (the token, and one replay after a 401), {@link ClientHeadersPolicy}
 * ({@code client_id}, {@code clientDetails}), {@link RequestIdPolicy} (a fresh {@code uuid} per attempt) and
 * {@link AttemptLogPolicy} (one debug line per attempt). Errors surface as the exceptions of the {@code errors}
 * package. Instances are thread-safe; build one and share it.
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
    private final StepUpJourney stepUp;

    private CustomersApiClient(Builder builder) {
        HttpClient network = HttpClient.newBuilder().connectTimeout(builder.connectTimeout).build();
        PathTemplates pathTemplates = new PathTemplates(URI.create(builder.baseUrl).getRawPath());
        AccessTokenProvider tokens = builder.tokens(network, pathTemplates);
        GeneratedCalls calls = new GeneratedCalls(ApiClient.createDefaultObjectMapper(), builder.clock);
        HttpClient pipeline = new PipelineHttpClient(network, List.of(
                new IdempotencyKeyPolicy(builder.retries.idempotencyKeys()),
                builder.retryPolicy(RetryPolicy.readsAndKeyedWrites()),
                new BearerTokenPolicy(tokens),
                new ClientHeadersPolicy(builder.clientId, builder.clientDetailsSupplier),
                new RequestIdPolicy(),
                new AttemptLogPolicy(builder.clock)),
                pathTemplates, builder.clock, calls.callRecorder());
        apiClient = new ApiClient() {
            @Override
            public HttpClient getHttpClient() {
                return pipeline;
            }
        };
        apiClient.updateBaseUri(builder.baseUrl);
        apiClient.setReadTimeout(builder.readTimeout);

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
        stepUp = new StepUpJourney(customerEmails, customerPhoneNumbers, oneTimePasswords);
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

    /** Email and phone-number changes with their one-time password, each in one call. */
    public StepUpJourney stepUp() {
        return stepUp;
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
     * goes through the same pipeline (tokens, retries, headers, logging), but reports errors as the generated
     * checked {@code ApiException}.
     */
    public ApiClient apiClient() {
        return apiClient;
    }

    public static final class Builder {

        private String baseUrl;
        private AccessTokenProvider tokenProvider;
        private ClientCredentialsTokenProvider.Builder clientCredentials;
        private String clientId;
        private RetryOptions retries = RetryOptions.defaults();
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.THREAD;
        private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
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

        /**
         * Tokens from your own OAuth library: the current access token, without the {@code Bearer } prefix,
         * asked for on every attempt; after a 401 it is asked again, and the call replayed once if it gives
         * another token.
         */
        public Builder tokenSupplier(Supplier<String> tokenSupplier) {
            return tokenProvider(new SuppliedTokens(Objects.requireNonNull(tokenSupplier, "tokenSupplier")));
        }

        /** Tokens from a provider of your own. */
        public Builder tokenProvider(AccessTokenProvider tokenProvider) {
            this.tokenProvider = Objects.requireNonNull(tokenProvider, "tokenProvider");
            this.clientCredentials = null;
            return this;
        }

        /**
         * Tokens fetched by the client itself with OAuth 2.0 client credentials, cached and renewed ahead of
         * expiry. The builder's client id is taken when the token builder has none; token calls get this
         * client's retries, clock and logging.
         */
        public Builder clientCredentials(ClientCredentialsTokenProvider.Builder clientCredentials) {
            this.clientCredentials = Objects.requireNonNull(clientCredentials, "clientCredentials");
            this.tokenProvider = null;
            return this;
        }

        /** Which failures are retried, how often and for how long; {@link RetryOptions#defaults()} unless set. */
        public Builder retries(RetryOptions retries) {
            this.retries = Objects.requireNonNull(retries, "retries");
            return this;
        }

        /** The clock for deadlines, {@code Retry-After} dates and token lifetimes; the system's unless set. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** How the client waits between attempts; {@code Thread.sleep} unless set (tests move a clock instead). */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /** The random numbers of the backoff's jitter, each in [0, 1); for tests that need fixed waits. */
        public Builder jitterSource(DoubleSupplier random) {
            this.random = Objects.requireNonNull(random, "random");
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

        /** How long to wait for each attempt's answer (the call's deadline may cut it shorter); 30 seconds unless set. */
        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = Objects.requireNonNull(readTimeout, "readTimeout");
            return this;
        }

        public CustomersApiClient build() {
            if (baseUrl == null || (tokenProvider == null && clientCredentials == null) || clientId == null) {
                throw new IllegalStateException(
                        "baseUrl, clientId and a token source (clientCredentials, tokenSupplier or tokenProvider) are required");
            }
            return new CustomersApiClient(this);
        }

        private RetryPolicy retryPolicy(java.util.function.Predicate<java.net.http.HttpRequest> safeToRepeat) {
            return new RetryPolicy(retries, clock, sleeper, random, safeToRepeat);
        }

        /** A token call asks for nothing but a token, so it is always safe to repeat. */
        private AccessTokenProvider tokens(HttpClient network, PathTemplates pathTemplates) {
            if (tokenProvider != null) {
                return tokenProvider;
            }
            HttpClient tokenCalls = new PipelineHttpClient(network, List.of(
                    retryPolicy(request -> true),
                    new RequestIdPolicy(),
                    new AttemptLogPolicy(clock)),
                    pathTemplates, clock, call -> { });
            if (clientCredentials.clientId() == null) {
                clientCredentials.clientId(clientId);
            }
            return clientCredentials.clock(clock).httpClient(tokenCalls).build();
        }
    }
}
