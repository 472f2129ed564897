package com.example.citi.au.customers.server.request;

import com.example.citi.au.customers.server.http.PlaygroundPages;
import com.example.citi.au.customers.server.http.RequestPipeline;
import com.example.citi.au.customers.server.problem.ErrorResponseWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.validation.beanvalidation.MethodValidationExcludeFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The checks of headers, bodies and query values, each at its place in the {@link RequestPipeline}. */
@Configuration
class RequestChecksConfig implements WebMvcConfigurer {

    private final String basePath;
    private final ErrorResponseWriter errorWriter;

    RequestChecksConfig(@Value("${openapi.australiaCustomers.base-path:/api}") String basePath,
                        ErrorResponseWriter errorWriter) {
        this.basePath = basePath;
        this.errorWriter = errorWriter;
    }

    /** Static: method validation's post-processor is created before this configuration. */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static MethodValidationExcludeFilter filterCheckedControllers() {
        return new FilterCheckedControllers();
    }

    @Bean
    FilterRegistrationBean<RequiredHeadersFilter> requiredHeadersFilter() {
        var registration = new FilterRegistrationBean<>(
                new RequiredHeadersFilter(errorWriter, PlaygroundPages.under(basePath)));
        registration.addUrlPatterns(basePath + "/*");
        registration.setOrder(RequestPipeline.REQUIRED_HEADERS);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestBodySizeFilter> requestBodySizeFilter() {
        var registration = new FilterRegistrationBean<>(new RequestBodySizeFilter(errorWriter));
        registration.addUrlPatterns(basePath + "/*");
        registration.setOrder(RequestPipeline.REQUEST_BODY_SIZE);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new StrictQueryValuesInterceptor(errorWriter))
                .order(RequestPipeline.STRICT_QUERY_VALUES);
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldAnnotation(new IsoLocalDateFormatterFactory());
    }
}
