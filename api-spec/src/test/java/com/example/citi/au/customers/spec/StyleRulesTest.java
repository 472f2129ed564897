package com.example.citi.au.customers.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.openapitools.openapistylevalidator.ValidatorParameters.NamingConvention;

class StyleRulesTest {

    @Test
    void readsTheCommittedRules() {
        // when
        StyleRules rules = StyleRules.committed();

        // then
        assertEquals(NamingConvention.CamelCase, rules.validatorParameters().getPathNamingConvention());
        assertEquals(NamingConvention.AnyCase, rules.validatorParameters().getHeaderNamingConvention());
        assertEquals(List.of("Authorization", "uuid", "Accept", "client_id", "Content-Type", "clientDetails"),
                rules.citiHeaderNames());
    }

    @Test
    void rejectsAMisspeltOptionInsteadOfIgnoringIt() throws IOException {
        // given
        Properties properties = committedProperties();
        properties.setProperty("validateOperationSumary", "true");

        // when
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> StyleRules.from(properties));

        // then
        assertEquals("lint/style-rules.properties: unknown option(s) [validateOperationSumary]", error.getMessage());
    }

    @Test
    void rejectsAMissingOption() throws IOException {
        // given
        Properties properties = committedProperties();
        properties.remove("validateInfoLicense");

        // when
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> StyleRules.from(properties));

        // then
        assertEquals("lint/style-rules.properties: missing option validateInfoLicense", error.getMessage());
    }

    private static Properties committedProperties() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = StyleRulesTest.class.getClassLoader().getResourceAsStream(StyleRules.RESOURCE)) {
            properties.load(in);
        }
        return properties;
    }
}
