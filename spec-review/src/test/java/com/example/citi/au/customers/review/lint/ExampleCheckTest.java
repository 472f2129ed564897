package com.example.citi.au.customers.review.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.citi.au.customers.review.spec.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExampleCheckTest {

    @Test
    void acceptsExamplesThatMatchTheirSchemas() {
        // given
        ExampleCheck check = new ExampleCheck(Fixtures.model("valid-minimal.yaml"));

        // when
        List<String> findings = check.findings();

        // then
        assertEquals(List.of(), findings);
    }

    @Test
    void reportsResponseExampleThatViolatesItsSchema() {
        // given
        ExampleCheck check = new ExampleCheck(Fixtures.model("bad-response-example.yaml"));

        // when
        List<String> findings = check.findings();

        // then
        assertEquals(List.of("GET /v1/customers/{customerId}: response 200 application/json example 'customer': "
                + "Object has missing required properties ([\"email\"])"), findings);
    }

    @Test
    void reportsRequestExampleThatViolatesItsSchema() {
        // given
        ExampleCheck check = new ExampleCheck(Fixtures.model("bad-request-example.yaml"));

        // when
        List<String> findings = check.findings();

        // then
        assertEquals(List.of("POST /v1/customers: request body application/json example: [Path '/email'] "
                + "Instance type (integer) does not match any allowed primitive type (allowed: [\"string\"])"), findings);
    }

    @Test
    void reportsExampleValuesThatViolateDateDateTimeEmailAndUuidFormats() {
        // given
        ExampleCheck check = new ExampleCheck(Fixtures.model("bad-format-example.yaml"));

        // when
        List<String> findings = check.findings();

        // then
        String site = "POST /v1/customers: response 201 application/json example: ";
        assertEquals(List.of(
                site + "[Path '/birthDate'] String \"1990-02-30\" is invalid against requested date format(s) yyyy-MM-dd",
                site + "[Path '/createdAt'] String \"2024-05-01 10:15\" is invalid against requested date format(s) "
                        + "[yyyy-MM-dd'T'HH:mm:ssZ, yyyy-MM-dd'T'HH:mm:ss.[0-9]{1,12}Z]",
                site + "[Path '/email'] String \"jane.example.com\" is not a valid email address",
                site + "[Path '/id'] Input string \"7f1c3d3e-5b6a-4c1e\" is not a valid UUID"), findings);
    }

    @Test
    void reportsParameterExamplesThatViolateTheirSchemas() {
        // given
        ExampleCheck check = new ExampleCheck(Fixtures.model("bad-parameter-example.yaml"));

        // when
        List<String> findings = check.findings();

        // then
        assertEquals(List.of(
                "components.parameters.Uuid: example: Input string \"not-a-uuid\" is not a valid UUID",
                "GET /v1/customers/{customerId}: parameter customerId example: "
                        + "ECMA 262 regex \"^C[0-9]+$\" does not match input string \"X123\""), findings);
    }

    @Test
    void reportsHeaderExamplesThatViolateTheirSchemas() {
        // given
        ExampleCheck check = new ExampleCheck(Fixtures.model("bad-header-example.yaml"));

        // when
        List<String> findings = check.findings();

        // then
        assertEquals(List.of(
                "components.headers.RateLimitRemaining: example: "
                        + "Instance type (string) does not match any allowed primitive type (allowed: [\"integer\"])",
                "POST /v1/customers: response 201 header Location example: "
                        + "Instance type (integer) does not match any allowed primitive type (allowed: [\"string\"])"),
                findings);
    }

    @Test
    void reportsNamedExampleWhoseReferenceDoesNotResolve() {
        // given
        ExampleCheck check = new ExampleCheck(Fixtures.model("unresolvable-example-ref.yaml"));

        // when
        List<String> findings = check.findings();

        // then
        assertEquals(List.of("GET /v1/customers/{customerId}: response 200 application/json example 'customer': "
                + "$ref #/components/examples/Client does not resolve"), findings);
    }
}
