package com.example.citi.au.customers.server.problem;

import static com.example.citi.au.customers.server.support.SandboxCaller.OLIVIA;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.server.support.ApiIntegrationTest;
import com.example.citi.au.customers.server.support.ApiResponse;
import org.junit.jupiter.api.Test;

/** Failures Spring raises before a delegate runs still answer in the spec's error shape. */
class FrameworkErrorsTest extends ApiIntegrationTest {

    private static final String EMAILS = "/v1/customers/profiles/emails";

    @Test
    void answersUnknownPathWithResourceNotFound() {
        ApiResponse response = get(OLIVIA, "/v1/customers/nothing-here").outsideSpec().send();

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.errorCode()).isEqualTo("resourceNotFound");
    }

    @Test
    void answersWrongMethodWith405AndAllowHeader() {
        ApiResponse response = as(OLIVIA, "DELETE", EMAILS).outsideSpec().send();

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.errorCode()).isEqualTo("methodNotAllowed");
        assertThat(response.header("Allow")).contains("GET").contains("PUT");
    }

    @Test
    void rejectsUnreadableJson() {
        ApiResponse response = put(OLIVIA, EMAILS, "{\"emails\": [").send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("invalidRequest");
    }

    @Test
    void rejectsWrongContentType() {
        ApiResponse response = put(OLIVIA, EMAILS, "emails=x").header("Content-Type", "application/x-www-form-urlencoded").send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorLocation()).isEqualTo("Content-Type");
    }

    @Test
    void rejectsBodyFieldOfTheWrongTypeNamingTheField() {
        ApiResponse response = put(OLIVIA, EMAILS,
                "{\"emails\":[{\"emailKey\":\"two\",\"emailAddress\":\"a@example.com\",\"preferredEmailFlag\":true}]}").send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorLocation()).isEqualTo("emails[0].emailKey");
    }

    @Test
    void rejectsBodyThatBreaksTheSchemaNamingTheField() {
        ApiResponse response = put(OLIVIA, EMAILS,
                "{\"emails\":[{\"emailAddress\":\"not an email\",\"preferredEmailFlag\":true}]}").send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorLocation()).isEqualTo("emails[0].emailAddress");
    }

    @Test
    void rejectsBodyMissingARequiredField() {
        ApiResponse response = put(OLIVIA, EMAILS, "{\"emails\":[{\"emailAddress\":\"a@example.com\"}]}").send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorLocation()).isEqualTo("emails[0].preferredEmailFlag");
    }

    @Test
    void rejectsQueryParameterOfTheWrongType() {
        ApiResponse response = get(OLIVIA, "/v1/customers/alerts/history").query("requestSize=many").send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorLocation()).isEqualTo("requestSize");
    }

    @Test
    void rejectsQueryParameterOutsideItsRange() {
        ApiResponse response = get(OLIVIA, "/v1/customers/alerts/history").query("requestSize=51").send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorLocation()).isEqualTo("requestSize");
    }

    @Test
    void rejectsEnumValueTheSpecDoesNotList() {
        ApiResponse response = get(OLIVIA, "/v1/customers/alerts").query("alertStatus=SOMETIMES").send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorLocation()).isEqualTo("alertStatus");
    }

    @Test
    void neverLeaksAStackTraceOrServerVersion() {
        ApiResponse response = put(OLIVIA, EMAILS, "{\"emails\": [").send();

        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at com.");
        assertThat(response.header("Server")).isNull();
    }
}
