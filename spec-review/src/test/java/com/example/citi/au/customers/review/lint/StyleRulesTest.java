package com.example.citi.au.customers.review.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.citi.au.customers.review.spec.Reviews;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.openapitools.openapistylevalidator.ValidatorParameters.NamingConvention;

class StyleRulesTest {

    @Test
    void readsTheContractsRules() {
        // when
        StyleRules rules = Reviews.CUSTOMERS_RULES;

        // then
        assertEquals(NamingConvention.CamelCase, rules.validatorParameters().getPathNamingConvention());
        assertEquals(NamingConvention.AnyCase, rules.validatorParameters().getHeaderNamingConvention());
        assertEquals(List.of("Authorization", "uuid", "Accept", "client_id", "Content-Type", "clientDetails",
                        "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset"),
                rules.headerNameExceptions());
        assertEquals(List.of("Authorization:bearer", "Uuid", "Accept", "ClientId", "ContentType:body"),
                rules.requiredHeaderParameters());
        assertEquals("x-source", rules.provenanceExtension());
    }

    @Test
    void readsItsOwnDefaultsWithoutHouseConventions() {
        // when
        StyleRules rules = StyleRules.defaults();

        // then
        assertEquals(NamingConvention.HyphenCase, rules.validatorParameters().getPathNamingConvention());
        assertEquals(List.of(), rules.headerNameExceptions());
        assertEquals(List.of(), rules.requiredHeaderParameters());
        assertEquals("", rules.provenanceExtension());
    }

    @Test
    void rejectsAMisspeltOptionInsteadOfIgnoringIt() throws IOException {
        // given
        Properties properties = defaultProperties();
        properties.setProperty("validateOperationSumary", "true");

        // when
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> StyleRules.from(properties, "rules.properties"));

        // then
        assertEquals("rules.properties: unknown option(s) [validateOperationSumary]", error.getMessage());
    }

    @Test
    void rejectsAMissingOption() throws IOException {
        // given
        Properties properties = defaultProperties();
        properties.remove("validateInfoLicense");

        // when
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> StyleRules.from(properties, "rules.properties"));

        // then
        assertEquals("rules.properties: missing option validateInfoLicense", error.getMessage());
    }

    private static Properties defaultProperties() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = StyleRulesTest.class.getClassLoader().getResourceAsStream(StyleRules.DEFAULTS)) {
            properties.load(in);
        }
        return properties;
    }
}
