package com.example.citi.au.customers.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.openapitools.openapistylevalidator.ValidatorParameters;
import org.openapitools.openapistylevalidator.ValidatorParameters.NamingConvention;

/** The committed lint rules: {@code api-spec/src/main/lint/style-rules.properties}. */
record StyleRules(ValidatorParameters validatorParameters, List<String> citiHeaderNames, List<String> oauth2PropertyNames) {

    static final String RESOURCE = "lint/style-rules.properties";

    private static final List<String> BOOLEAN_OPTIONS = List.of(
            ValidatorParameters.VALIDATE_INFO_LICENSE,
            ValidatorParameters.VALIDATE_INFO_DESCRIPTION,
            ValidatorParameters.VALIDATE_INFO_CONTACT,
            ValidatorParameters.VALIDATE_OPERATION_OPERATION_ID,
            ValidatorParameters.VALIDATE_OPERATION_DESCRIPTION,
            ValidatorParameters.VALIDATE_OPERATION_TAG,
            ValidatorParameters.VALIDATE_OPERATION_SUMMARY,
            ValidatorParameters.VALIDATE_MODEL_PROPERTIES_EXAMPLE,
            ValidatorParameters.VALIDATE_MODEL_PROPERTIES_DESCRIPTION,
            ValidatorParameters.VALIDATE_MODEL_REQUIRED_PROPERTIES,
            ValidatorParameters.VALIDATE_MODEL_NO_LOCAL_DEF,
            ValidatorParameters.VALIDATE_NAMING);

    private static final List<String> NAMING_OPTIONS = List.of(
            ValidatorParameters.PATH_NAMING_CONVENTION,
            ValidatorParameters.PARAMETER_NAMING_CONVENTION,
            ValidatorParameters.HEADER_NAMING_CONVENTION,
            ValidatorParameters.SCHEMA_NAMING_CONVENTION,
            ValidatorParameters.PROPERTY_NAMING_CONVENTION,
            ValidatorParameters.QUERY_PARAM_NAMING_CONVENTION,
            ValidatorParameters.PATH_PARAM_NAMING_CONVENTION,
            ValidatorParameters.COOKIE_PARAM_NAMING_CONVENTION);

    private static final String CITI_HEADER_NAMES = "citiHeaderNames";
    private static final String OAUTH2_PROPERTY_NAMES = "oauth2PropertyNames";

    static StyleRules committed() {
        try (InputStream in = StyleRules.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource not found: " + RESOURCE);
            }
            Properties properties = new Properties();
            properties.load(in);
            return from(properties);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static StyleRules from(Properties properties) {
        List<String> unknown = properties.stringPropertyNames().stream()
                .filter(key -> !BOOLEAN_OPTIONS.contains(key) && !NAMING_OPTIONS.contains(key)
                        && !CITI_HEADER_NAMES.equals(key) && !OAUTH2_PROPERTY_NAMES.equals(key))
                .sorted()
                .toList();
        if (!unknown.isEmpty()) {
            // the validator ignores options it does not know; a misspelt rule must not pass silently
            throw new IllegalArgumentException(RESOURCE + ": unknown option(s) " + unknown);
        }
        ValidatorParameters parameters = new ValidatorParameters();
        parameters.setValidateInfoLicense(flag(properties, ValidatorParameters.VALIDATE_INFO_LICENSE));
        parameters.setValidateInfoDescription(flag(properties, ValidatorParameters.VALIDATE_INFO_DESCRIPTION));
        parameters.setValidateInfoContact(flag(properties, ValidatorParameters.VALIDATE_INFO_CONTACT));
        parameters.setValidateOperationOperationId(flag(properties, ValidatorParameters.VALIDATE_OPERATION_OPERATION_ID));
        parameters.setValidateOperationDescription(flag(properties, ValidatorParameters.VALIDATE_OPERATION_DESCRIPTION));
        parameters.setValidateOperationTag(flag(properties, ValidatorParameters.VALIDATE_OPERATION_TAG));
        parameters.setValidateOperationSummary(flag(properties, ValidatorParameters.VALIDATE_OPERATION_SUMMARY));
        parameters.setValidateModelPropertiesExample(flag(properties, ValidatorParameters.VALIDATE_MODEL_PROPERTIES_EXAMPLE));
        parameters.setValidateModelPropertiesDescription(
                flag(properties, ValidatorParameters.VALIDATE_MODEL_PROPERTIES_DESCRIPTION));
        parameters.setValidateModelRequiredProperties(
                flag(properties, ValidatorParameters.VALIDATE_MODEL_REQUIRED_PROPERTIES));
        parameters.setValidateModelNoLocalDef(flag(properties, ValidatorParameters.VALIDATE_MODEL_NO_LOCAL_DEF));
        parameters.setValidateNaming(flag(properties, ValidatorParameters.VALIDATE_NAMING));
        parameters.setPathNamingConvention(naming(properties, ValidatorParameters.PATH_NAMING_CONVENTION));
        parameters.setParameterNamingConvention(naming(properties, ValidatorParameters.PARAMETER_NAMING_CONVENTION));
        parameters.setHeaderNamingConvention(naming(properties, ValidatorParameters.HEADER_NAMING_CONVENTION));
        parameters.setSchemaNamingConvention(naming(properties, ValidatorParameters.SCHEMA_NAMING_CONVENTION));
        parameters.setPropertyNamingConvention(naming(properties, ValidatorParameters.PROPERTY_NAMING_CONVENTION));
        parameters.setQueryParamNamingConvention(naming(properties, ValidatorParameters.QUERY_PARAM_NAMING_CONVENTION));
        parameters.setPathParamNamingConvention(naming(properties, ValidatorParameters.PATH_PARAM_NAMING_CONVENTION));
        parameters.setCookieParamNamingConvention(naming(properties, ValidatorParameters.COOKIE_PARAM_NAMING_CONVENTION));
        return new StyleRules(parameters, names(properties, CITI_HEADER_NAMES), names(properties, OAUTH2_PROPERTY_NAMES));
    }

    private static List<String> names(Properties properties, String key) {
        return Arrays.stream(required(properties, key).split(","))
                .map(String::trim)
                .filter(name -> !name.isEmpty())
                .toList();
    }

    private static boolean flag(Properties properties, String key) {
        String value = required(properties, key);
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException(RESOURCE + ": " + key + " must be true or false, not " + value);
        }
        return Boolean.parseBoolean(value);
    }

    private static NamingConvention naming(Properties properties, String key) {
        String value = required(properties, key);
        return Arrays.stream(NamingConvention.values())
                .filter(convention -> convention.name().equals(value) || convention.getDesignation().equals(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(RESOURCE + ": " + key + " '" + value
                        + "' is not one of " + Arrays.toString(NamingConvention.values())));
    }

    private static String required(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException(RESOURCE + ": missing option " + key);
        }
        return value.trim();
    }
}
