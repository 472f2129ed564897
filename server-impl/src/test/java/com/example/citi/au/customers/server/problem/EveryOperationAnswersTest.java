package com.example.citi.au.customers.server.problem;

import static com.example.citi.au.customers.server.support.SandboxCaller.OLIVIA;
import static com.example.citi.au.customers.server.support.SandboxCaller.PARTNER_FOR_CHARLOTTE;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.server.support.ApiIntegrationTest;
import com.example.citi.au.customers.server.support.ApiRequest;
import com.example.citi.au.customers.server.support.ApiResponse;
import com.example.citi.au.customers.server.support.SandboxClient;
import com.example.citi.au.customers.server.support.SpecOperations.SpecOperation;
import com.example.citi.au.customers.server.support.SpecOperations;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks the spec's operation list and calls each one with the spec's own example values:
 * every operation must be served by a real delegate (the generated fallback answers 501),
 * accept its own examples as valid input, and answer with a response the spec declares
 * (checked by the test client).
 */
class EveryOperationAnswersTest extends ApiIntegrationTest {

    static List<SpecOperation> operations() {
        return SpecOperations.all();
    }

    @Test
    void specDeclaresAllNineteenPortalOperationsAndTheOneTimePasswordPair() {
        assertThat(operations()).filteredOn(op -> !op.pathTemplate().startsWith("/sandbox/")).hasSize(21);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void answersWithASpecDeclaredResponseNot501(SpecOperation operation) {
        ApiRequest request = operation.takesBearerToken()
                ? as(operation.pathTemplate().startsWith("/partner/") ? PARTNER_FOR_CHARLOTTE : OLIVIA,
                        operation.method(), operation.examplePath())
                : tokenCall(SandboxClient.APP);
        operation.exampleBody().ifPresent(request::json);
        operation.exampleForm().ifPresent(request::form);

        ApiResponse response = request.send();

        assertThat(response.status()).as(operation.toString()).isNotIn(400, 501).isLessThan(500);
    }
}
