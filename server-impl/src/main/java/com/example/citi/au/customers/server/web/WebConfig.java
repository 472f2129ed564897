package com.example.citi.au.customers.server.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.validation.beanvalidation.MethodValidationExcludeFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.filter.RequestContextFilter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The order every API request passes: whole answers with their length (outermost, so that an
 * answer leaves only after its request line is logged), request logging, the required headers
 * (400), credentials no token can hold (401), the body size limit (400), Spring Security's chains
 * (401, 403; at the default security filter order, after these), then the scope each operation
 * needs (403) and strict query values (400). The first five are plain servlet filters, which Spring
 * Boot maps to a request's own dispatch only; error pages are not under the API's path.
 */
@Configuration
class WebConfig implements WebMvcConfigurer {

    private final String basePath;
    private final CurrentCaller currentCaller;
    private final ErrorResponseWriter errorWriter;

    WebConfig(@Value("${openapi.australiaCustomers.base-path:/api}") String basePath,
              CurrentCaller currentCaller, ErrorResponseWriter errorWriter) {
        this.basePath = basePath;
        this.currentCaller = currentCaller;
        this.errorWriter = errorWriter;
    }

    /** Static: method validation's post-processor is created before this configuration. */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static MethodValidationExcludeFilter filterCheckedControllers() {
        return new FilterCheckedControllers();
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
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestLoggingFilter> requestLoggingFilter() {
        var registration = new FilterRegistrationBean<>(new RequestLoggingFilter());
        registration.addUrlPatterns(basePath + "/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequiredHeadersFilter> requiredHeadersFilter() {
        var registration = new FilterRegistrationBean<>(
                new RequiredHeadersFilter(errorWriter, basePath + "/playground"));
        registration.addUrlPatterns(basePath + "/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<UnreadableCredentialsFilter> unreadableCredentialsFilter() {
        var registration = new FilterRegistrationBean<>(
                new UnreadableCredentialsFilter(new UnauthorizedEntryPoint(errorWriter, basePath)));
        registration.addUrlPatterns(basePath + "/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 12);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestBodySizeFilter> requestBodySizeFilter() {
        var registration = new FilterRegistrationBean<>(new RequestBodySizeFilter(errorWriter));
        registration.addUrlPatterns(basePath + "/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 15);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new OperationScopeInterceptor(currentCaller, errorWriter));
        registry.addInterceptor(new StrictQueryValuesInterceptor(errorWriter));
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldAnnotation(new IsoLocalDateFormatterFactory());
    }
}
