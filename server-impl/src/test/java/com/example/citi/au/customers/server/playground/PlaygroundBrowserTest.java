package com.example.citi.au.customers.server.playground;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.server.support.ApiIntegrationTest;
import com.example.citi.au.customers.server.support.SpecOperations;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.logging.LogEntry;

/**
 * The Playground in a real browser, headless Chromium, against the server on a random port with
 * a freshly seeded database. After every scenario: nothing was logged as an error on the console,
 * no Content-Security-Policy was violated, and every document and resource came from this server.
 * A screenshot of each scenario's end is kept under target/playground-screenshots.
 */
@ExtendWith(ChromiumInstalled.class)
class PlaygroundBrowserTest extends ApiIntegrationTest {

    /** Chromium logs every answer of 400 or more as a failed load; the API's own answers may be errors. */
    private static final Pattern API_ANSWER = Pattern.compile(
            "^http://localhost:\\d+/api/(?!playground)\\S* - Failed to load resource: the server responded with a status of 4\\d\\d .*");

    private HeadlessChromium chromium;
    private PlaygroundPage page;

    @BeforeEach
    void openABrowser() {
        chromium = HeadlessChromium.start();
        page = new PlaygroundPage(chromium.driver(), port());
    }

    @AfterEach
    void checkTheBrowserAndCloseIt(TestInfo test) {
        if (chromium == null) {
            return;
        }
        try {
            chromium.screenshot(Path.of("target", "playground-screenshots", test.getTestMethod().orElseThrow().getName() + ".png"));
            List<String> errors = chromium.consoleEntries().stream()
                    .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                    .map(LogEntry::getMessage)
                    .filter(message -> !API_ANSWER.matcher(message).matches())
                    .toList();
            assertThat(errors).as("console errors").isEmpty();
            assertThat(chromium.consoleEntries()).as("policy reports").noneMatch(entry ->
                    entry.getMessage().contains("Content Security Policy"));
            assertThat(chromium.cspViolations()).as("Content-Security-Policy violations").isEmpty();
            assertThat(chromium.fetchedUrls()).as("what the browser fetched")
                    .isNotEmpty()
                    .allMatch(url -> url.startsWith("http://localhost:" + port() + "/"));
        } finally {
            chromium.close();
        }
    }

    @Test
    void signsInAsTheCustomerAppAndReadsThatCustomersProfile() {
        page.open().signIn("sandbox-app", 2);

        PlaygroundPage.Answer answer = page.execute("Customer Profile", "retrieveCustomerProfile");

        assertThat(page.operationCount()).isEqualTo(SpecOperations.all().size());
        assertThat(page.credentialsShown()).contains("sandbox-app", "sandbox-app-secret");
        assertThat(page.session()).contains("customer 2", "expires at");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("\"lastName\": \"NGUYEN\"").doesNotContain("BENNETT");
    }

    @Test
    void walksTheEmailChangeJourneyToTheEndAndReadsTheNewAddress() {
        page.open().signIn("sandbox-app", 1).journeyChanges("emails");

        PlaygroundPage.Answer change = page.journeyStep("change");
        String flow = page.controlFlow();
        PlaygroundPage.Answer sent = page.journeyStep("send");
        PlaygroundPage.Answer outbox = page.journeyStep("outbox");
        String password = page.oneTimePassword();
        PlaygroundPage.Answer validated = page.journeyStep("validate");
        PlaygroundPage.Answer confirmed = page.journeyStep("confirm");
        PlaygroundPage.Answer read = page.execute("Customer Emails", "retrieveCustomerEmails");

        assertThat(change.status()).isEqualTo(403);
        assertThat(change.body()).contains("stepUpRequired", flow);
        assertThat(page.journeyCurl("change")).startsWith("curl -s -X PUT 'http://localhost:" + port()
                + "/api/v1/customers/profiles/emails'").contains("-H 'client_id: sandbox-app'", "playground@example.org");
        assertThat(sent.status()).isEqualTo(200);
        assertThat(outbox.body()).contains("one-time password is " + password);
        assertThat(validated.body()).contains("VALIDATED");
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).contains("playground@example.org");
    }

    @Test
    void showsAWrongPasswordAsTheServerAnswersIt() {
        page.open().signIn("sandbox-app", 1).journeyChanges("phoneNumbers");
        page.journeyStep("change");
        page.journeyStep("send");
        page.journeyStep("outbox");
        String wrong = page.oneTimePassword().equals("000000") ? "111111" : "000000";

        PlaygroundPage.Answer refused = page.typeOneTimePassword(wrong).journeyStep("validate");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("\"code\": \"invalidOtp\"", "\"remainingOtpAttempts\": 4");
    }

    @Test
    void resetBringsBackTheSeededAddresses() {
        page.open().signIn("sandbox-app", 1).journeyChanges("emails");
        for (String step : List.of("change", "send", "outbox", "validate", "confirm")) {
            page.journeyStep(step);
        }

        String reset = page.reset();
        PlaygroundPage.Answer read = page.execute("Customer Emails", "retrieveCustomerEmails");

        assertThat(reset).isEqualTo("Olivia Bennett's data is back as it was seeded.");
        assertThat(page.controlFlow()).isEqualTo("none yet");
        assertThat(read.body()).contains("olivia.bennett@example.com", "o.bennett@example.net")
                .doesNotContain("playground@example.org");
    }

    @Test
    void signsInAsThePartnerAndReadsThePartnerProfile() {
        page.open().signIn("sandbox-partner", 3);

        PlaygroundPage.Answer answer = page.execute("Partner", "retrievePartnerCustomerProfile");

        assertThat(page.credentialsShown()).contains("sandbox-partner", "sandbox-partner-secret");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("\"partnerCustomerSegment\": \"PARTNER_PREMIUM\"", "WILSON");
    }

    @Test
    void showsTheUnauthorizedAnswerToAStaleToken() {
        page.open().signIn("sandbox-app", 1);
        clock.advance(Duration.ofMinutes(35));

        PlaygroundPage.Answer answer = page.execute("Customer Profile", "retrieveCustomerProfile");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.body()).contains("\"code\": \"unAuthorized\"", "\"location\": \"Authorization\"");
        assertThat(page.session()).contains("The server refused the token (401)");
    }
}
