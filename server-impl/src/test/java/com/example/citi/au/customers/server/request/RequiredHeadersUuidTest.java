package com.example.citi.au.customers.server.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequiredHeadersUuidTest {

    @ParameterizedTest
    @ValueSource(strings = {"0f8fad5b-d9cb-469f-a165-70867728950e", "0F8FAD5B-D9CB-469F-A165-70867728950E"})
    void acceptsAUuidInEitherCase(String value) {
        assertThat(RequiredHeaders.isUuid(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0f8fad5b-d9cb-469f-a165-70867728950", "0f8fad5b-d9cb-469f-a165-70867728950e0",
            "0f8fad5bd9cb-469f-a165-70867728950e-", "0f8fad5g-d9cb-469f-a165-70867728950e",
            "0f8fad5b-d9cb-469f-a165-70867728950\uff10", " f8fad5b-d9cb-469f-a165-70867728950e"})
    void rejectsAnythingElse(String value) {
        assertThat(RequiredHeaders.isUuid(value)).isFalse();
    }

    /** Random near-uuids, checked against the spec's pattern itself. */
    @Test
    void agreesWithTheSpecsPattern() {
        Random random = new Random(20261205);
        String alphabet = "0123456789abcdefABCDEFgG-\u0660 ";
        String uuid = "0f8fad5b-d9cb-469f-a165-70867728950e";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder value = new StringBuilder(uuid);
            for (int changes = random.nextInt(3); changes > 0; changes--) {
                int at = random.nextInt(value.length());
                switch (random.nextInt(3)) {
                    case 0 -> value.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    case 1 -> value.deleteCharAt(at);
                    default -> value.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            String candidate = value.toString();

            assertThat(RequiredHeaders.isUuid(candidate)).as(candidate)
                    .isEqualTo(RequiredHeaders.UUID_PATTERN.matcher(candidate).matches());
        }
    }
}
