package com.example.citi.au.customers.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.example.citi.au.customers.client.errors.BadRequestException;
import com.example.citi.au.customers.client.errors.BusinessRuleException;
import com.example.citi.au.customers.client.errors.ConflictException;
import com.example.citi.au.customers.client.errors.CustomersApiException;
import com.example.citi.au.customers.client.errors.ForbiddenException;
import com.example.citi.au.customers.client.errors.IdempotencyKeyReusedException;
import com.example.citi.au.customers.client.errors.NotFoundException;
import com.example.citi.au.customers.client.errors.RateLimitedException;
import com.example.citi.au.customers.client.errors.ServerErrorException;
import com.example.citi.au.customers.client.errors.ServiceUnavailableException;
import com.example.citi.au.customers.client.errors.StepUpRequiredException;
import com.example.citi.au.customers.client.errors.UnauthorizedException;
import com.example.citi.au.customers.client.retries.RetryOptions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each error answer surfaces as the exception named for its meaning, with the status, headers, uuid and body. */
class ErrorFamilyTest extends WireMockClientTest {

    static Stream<Arguments> answers() {
        return Stream.of(
                Arguments.of(400, "invalidRequest", BadRequestException.class),
                Arguments.of(401, "unAuthorized", UnauthorizedException.class),
                Arguments.of(403, "accessNotConfigured", ForbiddenException.class),
                Arguments.of(404, "resourceNotFound", NotFoundException.class),
                Arguments.of(409, "conflict", ConflictException.class),
                Arguments.of(422, "businessValidationsFailed", BusinessRuleException.class),
                Arguments.of(422, "idempotencyKeyReused", IdempotencyKeyReusedException.class),
                Arguments.of(429, "tooManyRequests", RateLimitedException.class),
                Arguments.of(503, "serviceUnavailable", ServiceUnavailableException.class),
                Arguments.of(500, "serverUnavailable", ServerErrorException.class));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("answers")
    void surfacesAsTheExceptionNamedForItsMeaning(int status, String code, Class<? extends CustomersApiException> type) {
        stub(Spec.get().operation("fulfillOffer"), aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withHeader("X-Trace", "t-1")
                .withBody("{\"type\":\"error\",\"code\":\"" + code + "\",\"details\":\"d\",\"location\":\"offerId\"}"));
        CustomersApiClient once = clientBuilder().retries(RetryOptions.none()).build();

        Throwable thrown = catchThrowable(() -> once.offers().fulfillOffer(Requests.balanceTransfer()));

        assertThat(thrown).isExactlyInstanceOf(type);
        CustomersApiException error = (CustomersApiException) thrown;
        assertThat(error.status()).isEqualTo(status);
        assertThat(error.code()).isEqualTo(code);
        assertThat(error.location()).isEqualTo("offerId");
        assertThat(error.headers().keySet()).anyMatch(name -> name.equalsIgnoreCase("X-Trace"));
        assertThat(error.requestUuid()).isEqualTo(onlyRequest().getHeader("uuid"));
        assertThat(error.idempotencyKey()).isPresent();
    }

    @Test
    void aForbiddenAnswerWithAControlFlowIsAStepUp() {
        stub(Spec.get().operation("updateCustomerEmails"), ErrorMappingTest.stepUpRequired());

        Throwable thrown = catchThrowable(() -> client.customerEmails().updateCustomerEmails(Requests.changeAddress()));

        assertThat(thrown).isExactlyInstanceOf(StepUpRequiredException.class);
        assertThat(((StepUpRequiredException) thrown).flowId()).isEqualTo(Requests.CONTROL_FLOW_ID);
    }
}
