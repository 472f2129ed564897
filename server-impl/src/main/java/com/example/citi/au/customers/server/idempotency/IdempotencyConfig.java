package com.example.citi.au.customers.server.idempotency;

import com.example.citi.au.customers.server.http.RequestPipeline;
import com.example.citi.au.customers.server.problem.ErrorResponseWriter;
import com.example.citi.au.customers.server.security.CurrentCaller;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/** Exactly-once writes with Idempotency-Key, at their two places in the {@link RequestPipeline}. */
@Configuration
@EnableScheduling
class IdempotencyConfig implements WebMvcConfigurer {

    private final String basePath;
    private final IdempotentWrites writes;
    private final ErrorResponseWriter errorWriter;
    private final CurrentCaller currentCaller;
    private final JsonMapper json;

    IdempotencyConfig(@Value("${openapi.australiaCustomers.base-path:/api}") String basePath, IdempotentWrites writes,
                      ErrorResponseWriter errorWriter, CurrentCaller currentCaller, JsonMapper json) {
        this.basePath = basePath;
        this.writes = writes;
        this.errorWriter = errorWriter;
        this.currentCaller = currentCaller;
        this.json = json;
    }

    @Bean
    FilterRegistrationBean<IdempotentWritesFilter> idempotentWritesFilter() {
        var registration = new FilterRegistrationBean<>(new IdempotentWritesFilter(writes, errorWriter, json));
        registration.addUrlPatterns(basePath + "/*");
        registration.setOrder(RequestPipeline.IDEMPOTENT_WRITES);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new IdempotencyKeyInterceptor(currentCaller, new RequestFingerprint(json), writes,
                        errorWriter))
                .order(RequestPipeline.IDEMPOTENCY_KEY);
    }
}
