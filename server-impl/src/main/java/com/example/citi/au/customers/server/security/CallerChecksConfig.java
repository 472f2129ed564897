package com.example.citi.au.customers.server.security;

import com.example.citi.au.customers.server.http.RequestPipeline;
import com.example.citi.au.customers.server.problem.ErrorResponseWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The caller checks around Spring Security's chains, each at its place in the
 * {@link RequestPipeline}: credentials no token can hold before them, the operation's scope after.
 */
@Configuration
class CallerChecksConfig implements WebMvcConfigurer {

    private final String basePath;
    private final CurrentCaller currentCaller;
    private final ErrorResponseWriter errorWriter;

    CallerChecksConfig(@Value("${openapi.australiaCustomers.base-path:/api}") String basePath,
                       CurrentCaller currentCaller, ErrorResponseWriter errorWriter) {
        this.basePath = basePath;
        this.currentCaller = currentCaller;
        this.errorWriter = errorWriter;
    }

    @Bean
    FilterRegistrationBean<UnreadableCredentialsFilter> unreadableCredentialsFilter() {
        var registration = new FilterRegistrationBean<>(
                new UnreadableCredentialsFilter(new UnauthorizedEntryPoint(errorWriter, basePath)));
        registration.addUrlPatterns(basePath + "/*");
        registration.setOrder(RequestPipeline.UNREADABLE_CREDENTIALS);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new OperationScopeInterceptor(currentCaller, errorWriter))
                .order(RequestPipeline.OPERATION_SCOPE);
    }
}
