package com.example.citi.au.customers.server.http;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.RequestContextFilter;

/** Spring MVC and servlet tuning that every answer shares; see {@link RequestPipeline} for the order. */
@Configuration
class HttpConfig {

    private final String basePath;

    HttpConfig(@Value("${openapi.australiaCustomers.base-path:/api}") String basePath) {
        this.basePath = basePath;
    }

    /** Static, as a post-processor is created before the configuration that declares it. */
    @Bean
    static BeanPostProcessor handlerAdapterShortcuts() {
        return new HandlerAdapterShortcuts();
    }

    /**
     * Keeps Spring Boot's RequestContextFilter out. It binds every request to its thread for
     * request-scoped beans used in filters, and there are none; the DispatcherServlet binds the
     * request itself for everything behind it.
     */
    @Bean
    FilterRegistrationBean<RequestContextFilter> noRequestContextFilter() {
        var registration = new FilterRegistrationBean<>(new RequestContextFilter());
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    FilterRegistrationBean<WholeBodyResponseFilter> wholeBodyResponseFilter() {
        var registration = new FilterRegistrationBean<>(new WholeBodyResponseFilter());
        registration.addUrlPatterns(basePath + "/*");
        registration.setOrder(RequestPipeline.WHOLE_BODY_RESPONSE);
        return registration;
    }
}
