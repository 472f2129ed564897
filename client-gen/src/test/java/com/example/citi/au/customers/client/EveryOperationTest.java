package com.example.citi.au.customers.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class EveryOperationTest {

    @Test
    void offersEveryOperationOfTheSpecUnderItsOperationId() {
        Stream<String> offered = Arrays.stream(CustomersApiClient.class.getDeclaredMethods())
                .filter(accessor -> Modifier.isPublic(accessor.getModifiers()) && !Modifier.isStatic(accessor.getModifiers()))
                .map(Method::getReturnType)
                .filter(type -> type.getSimpleName().endsWith("Operations"))
                .flatMap(operations -> Arrays.stream(operations.getDeclaredMethods()))
                .filter(operation -> Modifier.isPublic(operation.getModifiers()))
                .map(Method::getName)
                .filter(name -> !name.startsWith("stream")) // the pagers over an operation, not operations
                .distinct(); // an overload takes an Idempotency-Key of the caller's

        assertThat(offered).containsExactlyInAnyOrderElementsOf(Spec.get().operations().stream()
                .filter(EveryOperationTest::takesBearerToken)
                .map(Spec.SpecOperation::id)
                .toList());
    }

    /**
     * Not the sandbox token call, which authenticates its client with HTTP Basic: {@code ClientCredentialsTokenProvider}
     * makes it, or the consumer's OAuth2 library (see client-gen/pom.xml).
     */
    private static boolean takesBearerToken(Spec.SpecOperation operation) {
        return operation.operation().getSecurity() == null
                || operation.operation().getSecurity().stream().anyMatch(requirement -> requirement.containsKey("citiOAuth2"));
    }
}
