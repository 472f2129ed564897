package com.example.citi.au.customers.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;

class SingleBearerTokenResolverTest {

    private final BearerTokenResolver resolver = new SingleBearerTokenResolver();
    /** The spec's pattern for the Authorization header of every operation but the token call. */
    private static final Pattern SPEC_PATTERN = Pattern.compile("^Bearer [A-Za-z0-9\\-._~+/]+=*$");

    @Test
    void resolvesExactlyTheValuesTheSpecsPatternAllows() {
        List<String> values = List.of("Bearer eyJraWQiOiJzYW5kYm94In0.eyJzdWIiOiIxIn0.c2ln-_~+/", "Bearer abc==",
                "Bearer a", "Bearer a=b", "Bearer ", "Bearer  abc", "Bearer a b", "Bearer\tabc", "Bearer ab%",
                "Bearer ==", "Bearer é", "Bearer abc\n", "Bearerabc", "bearer abc", "BEARER abc");
        for (String value : values) {
            String expected = SPEC_PATTERN.matcher(value).matches() ? "token " + value.substring(7) : "malformed";
            assertThat(outcome(value)).as(value).isEqualTo(expected);
        }
    }

    @Test
    void resolvesNothingFromAnotherScheme() {
        for (String value : List.of("Basic c2FuZGJveA==", "Token abc", "", " Bearer abc", "Bear")) {
            assertThat(outcome(value)).as(value).isEqualTo("token null");
        }
    }

    @Test
    void resolvesNothingWithoutAnAuthorizationHeader() {
        assertThat(resolver.resolve(new MockHttpServletRequest())).isNull();
    }

    @Test
    void refusesTwoAuthorizationHeaders() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Authorization", "Bearer abc");
        request.addHeader("Authorization", "Bearer abc");

        assertThatThrownBy(() -> resolver.resolve(request)).isInstanceOf(InvalidBearerTokenException.class);
    }

    @Test
    void refusesAHeaderLongerThanTheSpecAllows() {
        String longest = "Bearer " + "a".repeat(4096 - 7);

        assertThat(resolver.resolve(withAuthorization(longest))).hasSize(4096 - 7);
        assertThatThrownBy(() -> resolver.resolve(withAuthorization(longest + "a")))
                .isInstanceOf(InvalidBearerTokenException.class);
    }

    @Test
    void neverReadsTheTokenFromTheQuery() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setParameter("access_token", "abc");

        assertThat(resolver.resolve(request)).isNull();
    }

    private String outcome(String authorization) {
        try {
            return "token " + resolver.resolve(withAuthorization(authorization));
        } catch (OAuth2AuthenticationException e) {
            return "malformed";
        }
    }

    private static MockHttpServletRequest withAuthorization(String value) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Authorization", value);
        return request;
    }
}
