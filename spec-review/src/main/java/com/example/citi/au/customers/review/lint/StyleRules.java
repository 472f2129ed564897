package com.example.citi.au.customers.review.lint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.openapitools.openapistylevalidator.ValidatorParameters.NamingConvention;
import org.openapitools.openapistylevalidator.ValidatorParameters;

/**
 * The lint rules: the tool's own defaults, or a project's file ({@code --rules}). Every option must be
 * given; a misspelt or unknown one fails instead of being ignored.
 *
 * @param headerNameExceptions     header names kept as a standard or a partner spells them, not Hyphen-Upper-Case
 * @param oauth2PropertyNames      OAuth 2.0's snake_case field names, exempt from the camelCase property rule
 * @param requiredHeaderParameters the components.parameters every operation references; {@code Name:bearer}
 *                                 only where it takes a bearer token, {@code Name:body} only where it has a body
 * @param optionalHeaderParameters components.parameters that, where declared, must be optional headers
 * @param provenanceExtension      the operation extension every operation carries (empty: none), and its values
 */
public record StyleRules(ValidatorParameters validatorParameters, List<String> headerNameExceptions,
                         List<String> oauth2PropertyNames, List<String> requiredHeaderParameters,
                         List<String> optionalHeaderParameters, String provenanceExtension,
                         List<String> provenanceValues) {

    static final String DEFAULTS = "spec-review/default-rules.properties";

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

    private static final String HEADER_NAME_EXCEPTIONS = "headerNameExceptions";
    private static final String OAUTH2_PROPERTY_NAMES = "oauth2PropertyNames";
    private static final String REQUIRED_HEADER_PARAMETERS = "requiredHeaderParameters";
    private static final String OPTIONAL_HEADER_PARAMETERS = "optionalHeaderParameters";
    private static final String PROVENANCE_EXTENSION = "provenanceExtension";
    private static final String PROVENANCE_VALUES = "provenanceValues";
    private static final List<String> LIST_OPTIONS = List.of(HEADER_NAME_EXCEPTIONS, OAUTH2_PROPERTY_NAMES,
            REQUIRED_HEADER_PARAMETERS, OPTIONAL_HEADER_PARAMETERS, PROVENANCE_EXTENSION, PROVENANCE_VALUES);

    /** The tool's own rules, for a spec that brings none. */
    public static StyleRules defaults() {
        try (InputStream in = StyleRules.class.getClassLoader().getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource not found: " + DEFAULTS);
            }
            return from(load(in), DEFAULTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static StyleRules read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return from(load(in), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the lint rules " + file, e);
        }
    }

    private static Properties load(InputStream in) throws IOException {
        Properties properties = new Properties();
        properties.load(in);
        return properties;
    }

    public static StyleRules from(Properties properties, String source) {
        List<String> unknown = properties.stringPropertyNames().stream()
                .filter(key -> !BOOLEAN_OPTIONS.contains(key) && !NAMING_OPTIONS.contains(key)
                        && !LIST_OPTIONS.contains(key))
                .sorted()
                .toList();
        if (!unknown.isEmpty()) {
            // the validator ignores options it does not know; a misspelt rule must not pass silently
            throw new IllegalArgumentException(source + ": unknown option(s) " + unknown);
        }
        ValidatorParameters parameters = new ValidatorParameters();
        parameters.setValidateInfoLicense(flag(properties, ValidatorParameters.VALIDATE_INFO_LICENSE, source));
        parameters.setValidateInfoDescription(flag(properties, ValidatorParameters.VALIDATE_INFO_DESCRIPTION, source));
        parameters.setValidateInfoContact(flag(properties, ValidatorParameters.VALIDATE_INFO_CONTACT, source));
        parameters.setValidateOperationOperationId(flag(properties, ValidatorParameters.VALIDATE_OPERATION_OPERATION_ID, source));
        parameters.setValidateOperationDescription(flag(properties, ValidatorParameters.VALIDATE_OPERATION_DESCRIPTION, source));
        parameters.setValidateOperationTag(flag(properties, ValidatorParameters.VALIDATE_OPERATION_TAG, source));
        parameters.setValidateOperationSummary(flag(properties, ValidatorParameters.VALIDATE_OPERATION_SUMMARY, source));
        parameters.setValidateModelPropertiesExample(flag(properties, ValidatorParameters.VALIDATE_MODEL_PROPERTIES_EXAMPLE, source));
        parameters.setValidateModelPropertiesDescription(
                flag(properties, ValidatorParameters.VALIDATE_MODEL_PROPERTIES_DESCRIPTION, source));
        parameters.setValidateModelRequiredProperties(
                flag(properties, ValidatorParameters.VALIDATE_MODEL_REQUIRED_PROPERTIES, source));
        parameters.setValidateModelNoLocalDef(flag(properties, ValidatorParameters.VALIDATE_MODEL_NO_LOCAL_DEF, source));
        parameters.setValidateNaming(flag(properties, ValidatorParameters.VALIDATE_NAMING, source));
        parameters.setPathNamingConvention(naming(properties, ValidatorParameters.PATH_NAMING_CONVENTION, source));
        parameters.setParameterNamingConvention(naming(properties, ValidatorParameters.PARAMETER_NAMING_CONVENTION, source));
        parameters.setHeaderNamingConvention(naming(properties, ValidatorParameters.HEADER_NAMING_CONVENTION, source));
        parameters.setSchemaNamingConvention(naming(properties, ValidatorParameters.SCHEMA_NAMING_CONVENTION, source));
        parameters.setPropertyNamingConvention(naming(properties, ValidatorParameters.PROPERTY_NAMING_CONVENTION, source));
        parameters.setQueryParamNamingConvention(naming(properties, ValidatorParameters.QUERY_PARAM_NAMING_CONVENTION, source));
        parameters.setPathParamNamingConvention(naming(properties, ValidatorParameters.PATH_PARAM_NAMING_CONVENTION, source));
        parameters.setCookieParamNamingConvention(naming(properties, ValidatorParameters.COOKIE_PARAM_NAMING_CONVENTION, source));
        return new StyleRules(parameters, names(properties, HEADER_NAME_EXCEPTIONS, source),
                names(properties, OAUTH2_PROPERTY_NAMES, source), names(properties, REQUIRED_HEADER_PARAMETERS, source),
                names(properties, OPTIONAL_HEADER_PARAMETERS, source), required(properties, PROVENANCE_EXTENSION, source),
                names(properties, PROVENANCE_VALUES, source));
    }

    private static List<String> names(Properties properties, String key, String source) {
        return Arrays.stream(required(properties, key, source).split(","))
                .map(String::trim)
                .filter(name -> !name.isEmpty())
                .toList();
    }

    private static boolean flag(Properties properties, String key, String source) {
        String value = required(properties, key, source);
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException(source + ": " + key + " must be true or false, not " + value);
        }
        return Boolean.parseBoolean(value);
    }

    private static NamingConvention naming(Properties properties, String key, String source) {
        String value = required(properties, key, source);
        return Arrays.stream(NamingConvention.values())
                .filter(convention -> convention.name().equals(value) || convention.getDesignation().equals(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(source + ": " + key + " '" + value
                        + "' is not one of " + Arrays.toString(NamingConvention.values())));
    }

    private static String required(Properties properties, String key, String source) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException(source + ": missing option " + key);
        }
        return value.trim();
    }
}
