package com.example.citi.au.customers.server.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class TokenCallLockoutFilterTest {

    @Test
    void readsTheClientIdOfBasicCredentials() {
        assertThat(TokenCallLockoutFilter.basicUserName(basic("sandbox-app:wrong:secret"))).isEqualTo("sandbox-app");
        assertThat(TokenCallLockoutFilter.basicUserName("bAsIc " + encode("sandbox-app:x"))).isEqualTo("sandbox-app");
    }

    @Test
    void namesNoClientForAnythingButBasicCredentials() {
        assertThat(TokenCallLockoutFilter.basicUserName(null)).isNull();
        assertThat(TokenCallLockoutFilter.basicUserName("Bearer abc")).isNull();
        assertThat(TokenCallLockoutFilter.basicUserName("Basic not*base64")).isNull();
        assertThat(TokenCallLockoutFilter.basicUserName(basic("no-colon"))).isNull();
    }

    private static String basic(String credentials) {
        return "Basic " + encode(credentials);
    }

    private static String encode(String credentials) {
        return Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }
}
