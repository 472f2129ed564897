package com.example.citi.au.customers.server.durability;

import com.example.citi.au.customers.server.durability.Write.Contact;
import com.example.citi.au.customers.server.support.ApiRequest;
import com.example.citi.au.customers.server.support.ApiResponse;
import com.example.citi.au.customers.server.support.SandboxClient;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calls of one customer's app to a server process, over a connection of its own, each answer
 * checked against the spec. A call the server does not answer throws UncheckedIOException.
 */
final class CustomerCalls {

    private static final Pattern PASSWORD = Pattern.compile("one-time password is (\\d{6})\\.");

    private final int port;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Signs in through the sandbox app: a token call for this customer. */
    CustomerCalls(int port, long customerId) {
        this.port = port;
        ApiResponse response = tokenCall(port, customerId, http);
        if (response.status() != 200) {
            throw new AssertionError("the token call for customer " + customerId + " answered "
                    + response.status() + ": " + response.body());
        }
        this.token = response.json().path("access_token").asString();
    }

    /** The sandbox app's token call for this customer, whatever it answers. */
    static ApiResponse tokenCall(int port, long customerId, HttpClient http) {
        return ApiRequest.withAuthorization(port, "POST", "/sandbox/v1/oauth2/token",
                        SandboxClient.APP.basicCredentials(), SandboxClient.APP.clientId())
                .form("grant_type=client_credentials&customer=" + customerId)
                .via(http)
                .send();
    }

    ApiResponse holdEmailChange(long emailKey, String address) {
        return put("/v1/customers/profiles/emails", """
                {"emails":[{"emailKey":%d,"emailAddress":"%s","preferredEmailFlag":true}]}"""
                .formatted(emailKey, address));
    }

    ApiResponse holdMobileChange(long phoneKey, String number) {
        return put("/v1/customers/profiles/phoneNumbers", """
                {"phones":[{"phoneKey":%d,"phoneType":"MOBILE","phoneCountryCode":"61","phoneNumber":"%s",
                            "preferredPhoneFlag":true}]}""".formatted(phoneKey, number));
    }

    ApiResponse sendPassword(String controlFlowId) {
        return call("POST", "/v1/mfa/otp").json("""
                {"controlFlowId":"%s","otpDeliveryOption":"SMS"}""".formatted(controlFlowId)).send();
    }

    /** The password of the flow's first message in the sandbox outbox. */
    String passwordSentFor(String controlFlowId) {
        ApiResponse outbox = call("GET", "/sandbox/v1/otpOutbox").query("controlFlowId=" + controlFlowId).send();
        Matcher password = PASSWORD.matcher(outbox.json().path("messages").path(0).path("messageText").asString());
        if (outbox.status() != 200 || !password.find()) {
            throw new AssertionError("no password in the outbox of " + controlFlowId + ": " + outbox.body());
        }
        return password.group(1);
    }

    ApiResponse validatePassword(String controlFlowId, String password) {
        return put("/v1/mfa/otp", """
                {"controlFlowId":"%s","otpToken":"%s"}""".formatted(controlFlowId, password));
    }

    ApiResponse confirm(Contact contact, String controlFlowId) {
        String path = contact == Contact.EMAIL
                ? "/v1/customers/profiles/emails/confirmation"
                : "/v1/customers/profiles/phoneNumbers/confirmation";
        return call("POST", path).json("{\"controlFlowId\":\"%s\"}".formatted(controlFlowId)).send();
    }

    ApiResponse setAlertThreshold(String accountId, BigDecimal amount) {
        return put("/v1/communications/alerts/profilesAndSubscriptions", """
                {"alertSubscriptions":[{"alertType":"LOW_BALANCE","accountId":"%s","subscriptionAction":"UPDATE",
                                        "thresholdAmount":%s}]}""".formatted(accountId, amount.toPlainString()));
    }

    ApiResponse emails() {
        return call("GET", "/v1/customers/profiles/emails").send();
    }

    private ApiResponse put(String path, String json) {
        return call("PUT", path).json(json).send();
    }

    private ApiRequest call(String method, String path) {
        return ApiRequest.bearer(port, method, path, token, SandboxClient.APP.clientId()).via(http);
    }
}
