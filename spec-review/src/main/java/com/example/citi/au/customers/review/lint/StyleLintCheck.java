package com.example.citi.au.customers.review.lint;

import io.swagger.v3.oas.models.OpenAPI;
import java.util.List;
import org.openapitools.empoa.swagger.core.internal.SwAdapter;
import org.openapitools.openapistylevalidator.OpenApiSpecStyleValidator;

/** openapi-style-validator with the committed rules; it reads the MicroProfile model, hence the adapter. */
final class StyleLintCheck implements SpecCheck {

    private final OpenAPI api;
    private final StyleRules rules;

    StyleLintCheck(OpenAPI api, StyleRules rules) {
        this.api = api;
        this.rules = rules;
    }

    @Override
    public List<String> findings() {
        return new OpenApiSpecStyleValidator(SwAdapter.toOpenAPI(api))
                .validate(rules.validatorParameters())
                .stream()
                .map(error -> "openapi-style-validator: " + error.toString().replaceFirst("^\\*ERROR\\* ", ""))
                .filter(finding -> !isOAuth2PropertyName(finding))
                .toList();
    }

    /** OAuth 2.0 (RFC 6749) fixes these names in snake_case; the sandbox token call keeps them. */
    private boolean isOAuth2PropertyName(String finding) {
        return finding.endsWith("-> property should be in camelCase")
                && rules.oauth2PropertyNames().stream().anyMatch(name -> finding.contains(" '" + name + "' -> "));
    }
}
