package com.example.citi.au.customers.server.logging;

import static com.example.citi.au.customers.server.support.SandboxCaller.OLIVIA;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import com.example.citi.au.customers.server.support.ApiIntegrationTest;
import com.example.citi.au.customers.server.support.ApiRequest;
import com.example.citi.au.customers.server.support.ApiResponse;
import com.example.citi.au.customers.server.support.SandboxClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Reads the console output of a token call, a failed sign-in and a whole email-change journey,
 * with the server's own logging at INFO and Spring's web and security logging at DEBUG (which
 * logs request and response bodies): no token, secret, password, full email address or phone
 * number appears, and every line logged while serving a request carries that request's uuid.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogHygieneTest extends ApiIntegrationTest {

    private static final Pattern OTP_IN_MESSAGE = Pattern.compile("one-time password is (\\d{6})\\.");
    private static final Pattern REQUEST_THREAD = Pattern.compile("\\[[^\\]]*exec-\\d+\\]");
    private static final Pattern UUID_TAG = Pattern.compile("\\[uuid:([0-9a-f-]{36})\\]");
    private static final List<String> VERBOSE = List.of("com.example.citi.au.customers", "org.springframework.web",
            "org.springframework.security");

    private final Map<String, Level> levelsBefore = new LinkedHashMap<>();
    private final Map<String, String> requests = new LinkedHashMap<>();

    @BeforeEach
    void logEverythingARequestDoes() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        for (String name : VERBOSE) {
            Logger logger = context.getLogger(name);
            levelsBefore.put(name, logger.getLevel());
            logger.setLevel(name.startsWith("com.example") ? Level.INFO : Level.DEBUG);
        }
    }

    @AfterEach
    void restoreLogLevels() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        levelsBefore.forEach((name, level) -> context.getLogger(name).setLevel(level));
    }

    @Test
    void logsNoCredentialOrContactDetailAndTagsEveryRequestLineWithItsUuid(CapturedOutput output) {
        // given: a token call, a refused token call and a refused sign-in
        ApiResponse token = send("token call", tokenCall(SandboxClient.APP).form("grant_type=client_credentials&customer=1"));
        String accessToken = token.json().path("access_token").asString();
        send("wrong secret", tokenCall(SandboxClient.APP)
                .header("Authorization", SandboxClient.basic("sandbox-app", "wrong-secret-value"))
                .form("grant_type=client_credentials&customer=1&client_secret=wrong-secret-value"));
        send("forged token", get(OLIVIA, "/v1/customers/profiles/emails")
                .header("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.Zm9yZ2Vk"));

        // and: Olivia changes her preferred email address through the whole step-up journey
        ApiResponse stepUp = send("email change", put(OLIVIA, "/v1/customers/profiles/emails", """
                {"emails":[{"emailKey":2001,"emailAddress":"olivia.new@example.org","preferredEmailFlag":true}]}"""));
        String controlFlowId = stepUp.json().path("moreInfo").path("controlFlowId").asString();
        send("otp send", post(OLIVIA, "/v1/mfa/otp", """
                {"controlFlowId":"%s","otpDeliveryOption":"SMS"}""".formatted(controlFlowId)));
        String otp = otpIn(send("outbox", get(OLIVIA, "/sandbox/v1/otpOutbox").query("controlFlowId=" + controlFlowId)));
        send("otp validation", put(OLIVIA, "/v1/mfa/otp", """
                {"controlFlowId":"%s","otpToken":"%s"}""".formatted(controlFlowId, otp)));
        ApiResponse confirmed = send("confirmation", post(OLIVIA, "/v1/customers/profiles/emails/confirmation", """
                {"controlFlowId":"%s"}""".formatted(controlFlowId)));
        send("phone read", get(OLIVIA, "/v1/customers/profiles/phoneNumbers"));

        // when
        String log = output.getOut() + output.getErr();

        // then: the journey happened, and the log has something to say about it
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(log).contains("POST /api/v1/customers/profiles/emails/confirmation answered 200");
        assertThat(log).contains("Sandbox outbox: one-time password for control flow " + controlFlowId);
        assertThat(log).contains("accessToken: ***");

        // and: no credential
        assertThat(log).doesNotContain(accessToken, "eyJ", "sandbox-app-secret", "wrong-secret-value",
                SandboxClient.APP.basicCredentials().substring("Basic ".length()), "Zm9yZ2Vk");
        assertThat(Pattern.compile("(?<!\\d)" + otp + "(?!\\d)").matcher(log).find()).as("the one-time password is logged").isFalse();

        // and: no full email address or phone number
        assertThat(log).doesNotContain("olivia.new@example.org", "olivia.bennett@example.com", "o.bennett@example.net",
                "412345678", "91234567");

        // and: every line a request thread logged carries the uuid of the request it served,
        // the uuid of the request line that thread logs when it is done with the request
        Map<String, List<String>> servingByThread = new LinkedHashMap<>();
        List<String> requestLines = linesOfRequestThreads(log);
        assertThat(requestLines).isNotEmpty();
        for (String line : requestLines) {
            Matcher thread = REQUEST_THREAD.matcher(line);
            assertThat(thread.find()).isTrue();
            List<String> serving = servingByThread.computeIfAbsent(thread.group(), key -> new ArrayList<>());
            serving.add(line);
            if (line.contains("RequestLoggingFilter")) {
                String uuid = uuidOf(line);
                assertThat(serving).allSatisfy(served -> assertThat(uuidOf(served)).as(served).isEqualTo(uuid));
                serving.clear();
            }
        }

        // and: every request has its one request line, with its uuid
        requests.forEach((uuid, name) -> assertThat(log).as(name)
                .containsPattern("\\[uuid:" + uuid + "\\] .*RequestLoggingFilter +: [A-Z]+ /api/\\S+ answered \\d{3} in \\d+ ms"));
    }

    private static String uuidOf(String line) {
        Matcher tag = UUID_TAG.matcher(line);
        assertThat(tag.find()).as("a uuid in: " + line).isTrue();
        return tag.group(1);
    }

    private ApiResponse send(String name, ApiRequest request) {
        String uuid = UUID.randomUUID().toString();
        requests.put(uuid, name);
        ApiResponse response = request.header("uuid", uuid).send();
        assertThat(response.header("uuid")).as(name).isEqualTo(uuid);
        return response;
    }

    /**
     * Lines a Tomcat request thread logged, without the DispatcherServlet's start-up on the
     * first request of a fresh server: that runs before any filter, for no request in particular.
     */
    private static List<String> linesOfRequestThreads(String log) {
        List<String> lines = new ArrayList<>();
        boolean servletStartUp = false;
        for (String line : log.split("\\R")) {
            if (!REQUEST_THREAD.matcher(line).find()) {
                continue;
            }
            if (line.contains("Initializing Servlet")) {
                servletStartUp = true;
            }
            if (!servletStartUp) {
                lines.add(line);
            }
            if (line.contains("Completed initialization")) {
                servletStartUp = false;
            }
        }
        return lines;
    }

    private static String otpIn(ApiResponse outbox) {
        Matcher otp = OTP_IN_MESSAGE.matcher(outbox.json().path("messages").path(0).path("messageText").asString());
        assertThat(otp.find()).as(outbox.body()).isTrue();
        return otp.group(1);
    }
}
