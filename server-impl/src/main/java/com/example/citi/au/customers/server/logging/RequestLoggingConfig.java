package com.example.citi.au.customers.server.logging;

import com.example.citi.au.customers.server.http.RequestPipeline;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class RequestLoggingConfig {

    @Bean
    FilterRegistrationBean<RequestLoggingFilter> requestLoggingFilter(
            @Value("${openapi.australiaCustomers.base-path:/api}") String basePath) {
        var registration = new FilterRegistrationBean<>(new RequestLoggingFilter());
        registration.addUrlPatterns(basePath + "/*");
        registration.setOrder(RequestPipeline.REQUEST_LOGGING);
        return registration;
    }
}
