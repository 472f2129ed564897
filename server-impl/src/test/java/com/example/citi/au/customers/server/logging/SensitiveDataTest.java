package com.example.citi.au.customers.server.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SensitiveDataTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl | Authorization: Bearer ***",
            "Authorization: bearer abc.def-ghi~jkl | Authorization: bearer ***",
            "AUTHORIZATION: BEARER abc.def | AUTHORIZATION: BEARER ***",
            "PASSWORD=hunter2 and Client_Secret=s3cr3t | PASSWORD=*** and Client_Secret=***",
            "Authorization: Basic c2FuZGJveC1hcHA6c2FuZGJveC1hcHAtc2VjcmV0 | Authorization: Basic ***",
            "token eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl issued | token *** issued",
            "accessToken: eyJraWQiOiJhIn0.eyJzdWIiOiIxIn0.sig | accessToken: ***",
            "Writing [class SandboxTokenResponse {<EOL>    accessToken: eyJraWQiOiI2ZDE0N2ZiNS1mNzRl (truncated)...] | Writing [class SandboxTokenResponse {<EOL>    accessToken: *** (truncated)...]",
            "{\"access_token\":\"opaque-token-value\"} | {\"access_token\":\"***\"}",
            "client_secret=sandbox-app-secret&grant_type=client_credentials | client_secret=***&grant_type=client_credentials",
            "{\"password\":\"hunter2\"} | {\"password\":\"***\"}",
            "otpToken: 482915 | otpToken: ***",
            "{\"otpToken\":\"482915\"} | {\"otpToken\":\"***\"}",
            "Your Citi one-time password is 482915. It expires in 5 minutes. | Your Citi one-time password is ***. It expires in 5 minutes.",
            "to olivia.bennett@example.com today | to o***@example.com today",
            "emailAddress: l.nguyen@work.example.com | emailAddress: l***@work.example.com",
            "phoneNumber: 412345678 | phoneNumber: ***5678",
            "call +61 412 345 678 now | call ***5678 now",
            "\"phoneNumber\":\"91234567\" | \"phoneNumber\":\"***4567\"",
            "[uuid:0f8fad5b-d9cb-469f-a165-70867728950e] sent to 0412 345 678 and +61298765432 | [uuid:0f8fad5b-d9cb-469f-a165-70867728950e] sent to ***5678 and ***5432",
            "12345678+87654321 | ***5678+***4321"
    })
    void masks(String line, String masked) {
        assertThat(SensitiveData.mask(line)).isEqualTo(masked);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2026-11-28T10:00:00.123Z  INFO [o-auto-1-exec-1] [uuid:12345678-1234-4234-9234-123456789012] GET /api/v1/customers/profiles/basic answered 200 in 12 ms",
            "control flow 12345678901234567890123456789012 and 687a33f1c2b04e7d9a5b1c3e8f0d2a4b",
            "alert ALR-20261127-001000 offer OFR-BT-2026-0001 card 4d6f1b2c8a9e0f3d4d6f1b2c8a9e0f3d",
            "sent by SMS to +61 *****5678; read it with GET /api/sandbox/v1/otpOutbox",
            "POST /api/v1/mfa/otp answered 403 in 1234 ms",
            "token_type: bearer, expires_in: 1800"
    })
    void leavesIdentifiersAndOrdinaryTextAlone(String line) {
        assertThat(SensitiveData.mask(line)).isEqualTo(line);
    }

    /** The phone number masking, which looks only at stretches of digits, against the pattern run over the whole text. */
    @Test
    void masksPhoneNumbersAsTheirPatternDoesOverTheWholeText() {
        Random random = new Random(20261205);
        String alphabet = "0123456789012345678901234567890123456789   +-x.";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(40); length > 0; length--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String expected = SensitiveData.PHONE.matcher(text)
                    .replaceAll(match -> Matcher.quoteReplacement(SensitiveData.masked(match.group())));

            assertThat(SensitiveData.mask(text.toString())).as(text.toString()).isEqualTo(expected);
        }
    }

    /** The check that skips lines without a secret's name and a colon or equals sign after it, against the pattern alone. */
    @Test
    void masksSecretValuesAsTheirPatternDoesOverTheWholeText() {
        Random random = new Random(20261208);
        String[] words = {"secret", "Password", "token", "OTP", "otp", "client_", "access", "_", "Token", " ", "\t", "\"",
                ":", "=", "x", "&", ",", "/api/v1/mfa/"};
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(12); length > 0; length--) {
                text.append(words[random.nextInt(words.length)]);
            }
            String expected = SensitiveData.SECRET_VALUE.matcher(text).replaceAll("$1$2***");

            assertThat(SensitiveData.mask(text.toString())).as(text.toString()).isEqualTo(expected);
        }
    }

    @Test
    void masksAllOccurrencesInAMultiLineStackTrace() {
        String trace = "java.lang.IllegalStateException: olivia.bennett@example.com\n\tat a.b(C.java:1)\nCaused by: x 0412345678";

        assertThat(SensitiveData.mask(trace))
                .isEqualTo("java.lang.IllegalStateException: o***@example.com\n\tat a.b(C.java:1)\nCaused by: x ***5678");
    }
}
