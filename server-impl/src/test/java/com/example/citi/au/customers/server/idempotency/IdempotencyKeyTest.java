package com.example.citi.au.customers.server.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdempotencyKeyTest {

    /** The spec's pattern of the IdempotencyKey parameter (FilterCheckedControllersTest reads it from the spec). */
    private static final Pattern SPEC = Pattern.compile("^([A-Za-z0-9._~:-]{1,64}|\"[A-Za-z0-9._~:-]{1,64}\")$");
    private static final String SIXTY_FOUR = "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk";

    @ParameterizedTest
    @ValueSource(strings = {"8e03978e-40d5-43e8-bc93-6894a57f9324", "\"8e03978e-40d5-43e8-bc93-6894a57f9324\"",
            "a", "a:b~c.d_e-F9", SIXTY_FOUR, "\"" + SIXTY_FOUR + "\"",
            "", "\"\"", "\"", "\"abc", "abc\"", "a b", "a/b", "a=b", "k" + SIXTY_FOUR, "\"k" + SIXTY_FOUR + "\"",
            "\uff11\uff12\uff13", "\u202eabc"})
    void acceptsExactlyTheValuesTheSpecsPatternAllows(String header) {
        assertThat(IdempotencyKey.parse(header).isPresent()).as(header).isEqualTo(SPEC.matcher(header).matches());
    }

    @ParameterizedTest
    @ValueSource(strings = {"8e03978e-40d5-43e8-bc93-6894a57f9324", "\"8e03978e-40d5-43e8-bc93-6894a57f9324\""})
    void readsTheQuotedAndTheBareFormAsOneKey(String header) {
        assertThat(IdempotencyKey.parse(header)).isEqualTo(
                Optional.of(new IdempotencyKey("8e03978e-40d5-43e8-bc93-6894a57f9324")));
    }
}
