package com.example.citi.au.customers.server.limits;

import com.example.citi.au.customers.server.http.RequestPipeline;
import com.example.citi.au.customers.server.problem.ErrorResponseWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The limits that stand in the request's way, each at its place in the {@link RequestPipeline}:
 * the token call's lockout before Spring Security checks the secret, the client's call rate first
 * among the interceptors, once the client is known.
 */
@Configuration(proxyBeanMethods = false)
class LimitsWebConfig implements WebMvcConfigurer {

    /** The sandbox token call, whose client authentication the lockout guards. */
    static final String TOKEN_CALL = "/sandbox/v1/oauth2/token";

    private final ClientCallRate clientCallRate;

    LimitsWebConfig(ClientCallRate clientCallRate) {
        this.clientCallRate = clientCallRate;
    }

    @Bean
    FilterRegistrationBean<TokenCallLockoutFilter> tokenCallLockoutFilter(
            @Value("${openapi.australiaCustomers.base-path:/api}") String basePath,
            ClientAuthenticationLockout lockout, ErrorResponseWriter errorWriter) {
        var registration = new FilterRegistrationBean<>(new TokenCallLockoutFilter(lockout, errorWriter));
        registration.addUrlPatterns(basePath + TOKEN_CALL);
        registration.setOrder(RequestPipeline.TOKEN_CALL_LOCKOUT);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(clientCallRate).order(RequestPipeline.CLIENT_CALL_RATE);
    }
}
