package com.example.citi.au.customers.server.request;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.server.generated.api.CardAddressesApiController;
import com.example.citi.au.customers.server.generated.api.CustomerAlertsApiController;
import com.example.citi.au.customers.server.generated.api.CustomerEmailsApiController;
import com.example.citi.au.customers.server.generated.api.CustomerProfileApiController;
import com.example.citi.au.customers.server.generated.api.PartnerApiController;
import com.example.citi.au.customers.server.generated.api.SandboxTokensApiController;
import com.example.citi.au.customers.server.support.SpecResponseValidator;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.core.models.ParseOptions;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.stereotype.Controller;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.RequestHeader;

class FilterCheckedControllersTest {

    private final FilterCheckedControllers filter = new FilterCheckedControllers();

    @Test
    void leavesOutAControllerWhoseConstrainedParametersAreAllCheckedHeaders() {
        assertThat(filter.isExcluded(CustomerProfileApiController.class)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(classes = {CustomerAlertsApiController.class, CardAddressesApiController.class, PartnerApiController.class,
            SandboxTokensApiController.class, CustomerEmailsApiController.class})
    void keepsMethodValidationForControllersWithQueryPathFormOrContentTypeConstraints(Class<?> controller) {
        assertThat(filter.isExcluded(controller)).isFalse();
    }

    @Test
    void keepsMethodValidationForAHeaderNoFilterChecks() {
        assertThat(filter.isExcluded(UncheckedHeaderController.class)).isFalse();
    }

    @Test
    void leavesBeansThatAreNotControllersToMethodValidation() {
        assertThat(filter.isExcluded(ValidatedService.class)).isFalse();
    }

    @Test
    void theFiltersApplyTheSpecsRulesForEveryHeaderTheyCover() {
        Map<String, Parameter> headers = specHeaderParameters();

        assertThat(schema(headers, "Authorization").getPattern()).isEqualTo("^Bearer [A-Za-z0-9\\-._~+/]+=*$");
        assertThat(schema(headers, "Authorization").getMaxLength()).isEqualTo(4096);
        assertThat(schema(headers, "Uuid").getFormat()).isEqualTo("uuid");
        assertThat(schema(headers, "Uuid").getPattern()).isIn(null, RequiredHeaders.UUID_PATTERN.pattern());
        assertThat(schema(headers, "ClientId").getPattern()).isEqualTo(RequiredHeaders.CLIENT_ID_PATTERN.pattern());
        // the pattern's {1,64} is the bound the filter checks
        assertThat(schema(headers, "ClientId").getMaxLength()).isEqualTo(64);
        assertThat(schema(headers, "Accept").getMaxLength()).isEqualTo(RequiredHeaders.ACCEPT_MAX_LENGTH);
        assertThat(schema(headers, "Accept").getPattern()).isNull();
        assertThat(schema(headers, "ClientDetails").getPattern()).isEqualTo(RequiredHeaders.CLIENT_DETAILS_PATTERN.pattern());
        assertThat(schema(headers, "ClientDetails").getMaxLength()).isEqualTo(RequiredHeaders.CLIENT_DETAILS_MAX_LENGTH);
        // IdempotencyKeyTest holds the key's rule to this pattern
        assertThat(schema(headers, "IdempotencyKey").getPattern()).isEqualTo("^([A-Za-z0-9._~:-]{1,64}|\"[A-Za-z0-9._~:-]{1,64}\")$");
        assertThat(schema(headers, "IdempotencyKey").getMaxLength()).isEqualTo(66);
        assertThat(FilterCheckedControllers.FILTER_CHECKED_HEADERS)
                .containsExactlyInAnyOrder("Authorization", "uuid", "Accept", "client_id", "clientDetails", "Idempotency-Key");
    }

    private static Map<String, Parameter> specHeaderParameters() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIParser().readContents(SpecResponseValidator.specText(), null, options)
                .getOpenAPI().getComponents().getParameters();
    }

    private static Schema<?> schema(Map<String, Parameter> headers, String component) {
        return headers.get(component).getSchema();
    }

    @Controller
    @Validated
    static class UncheckedHeaderController {
        public void read(@RequestHeader("x-other") @Size(max = 3) String other,
                         @RequestHeader("uuid") @Size(max = 36) String uuid) {
        }
    }

    @Validated
    static class ValidatedService {
        public void read(@Size(max = 3) String value) {
        }
    }
}
