package com.example.citi.au.customers.server.http;

import com.example.citi.au.customers.server.problem.ErrorResponseWriter;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import org.springframework.web.filter.RequestContextFilter;

/** Spring MVC and servlet tuning that every answer shares; see {@link RequestPipeline} for the order. */
@Configuration
@EnableConfigurationProperties(CorsProperties.class)
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
     * request itself for everything behind it. Measured with
     * {@code COMPARE_WARMUP=40 COMPARE_ROUNDS=5 bench/compare with.jar without.jar}: on 7 December
     * 2026, medians without this 0.92x the profile reads a second and 1.09x the CPU per read, within
     * the noise (the build without it was faster in 3 of 5 rounds); again on 8 December, 0.84x and
     * 1.18x, the build without it slower in all 5 rounds.
     */
    @Bean
    FilterRegistrationBean<RequestContextFilter> noRequestContextFilter() {
        var registration = new FilterRegistrationBean<>(new RequestContextFilter());
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    FilterRegistrationBean<WholeBodyResponseFilter> wholeBodyResponseFilter() {
        return apiFilter(new WholeBodyResponseFilter(), RequestPipeline.WHOLE_BODY_RESPONSE);
    }

    @Bean
    FilterRegistrationBean<ResponseHeadersFilter> responseHeadersFilter() {
        return apiFilter(new ResponseHeadersFilter(PlaygroundPages.under(basePath)), RequestPipeline.RESPONSE_HEADERS);
    }

    /** Registered, and disabled, without allowed origins: a cross-origin call then gets no CORS header, which a browser refuses. */
    @Bean
    FilterRegistrationBean<CorsFilter> corsFilter(CorsProperties cors, ErrorResponseWriter errorWriter) {
        CorsConfiguration configuration = new CorsConfiguration();
        configuration.setAllowedOrigins(cors.allowedOrigins());
        configuration.setAllowedMethods(List.of("GET", "PUT", "POST", "DELETE"));
        configuration.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, HttpHeaders.ACCEPT,
                "uuid", "client_id", "clientDetails"));
        configuration.setExposedHeaders(List.of("uuid", HttpHeaders.RETRY_AFTER,
                "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "RateLimit-Policy", "RateLimit"));
        // bearer tokens in a header, never cookies: a browser sends no credentials of its own
        configuration.setAllowCredentials(false);
        configuration.setMaxAge(cors.maxAge());
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration(basePath + "/**", configuration);
        CorsFilter filter = new CorsFilter(source);
        filter.setCorsProcessor(new ErrorModelCorsProcessor(errorWriter));
        var registration = apiFilter(filter, RequestPipeline.CORS);
        registration.setEnabled(cors.enabled());
        return registration;
    }

    @Bean
    FilterRegistrationBean<DeclaredOperationsFilter> declaredOperationsFilter(ApiOperations operations,
                                                                              ErrorResponseWriter errorWriter) {
        return apiFilter(new DeclaredOperationsFilter(operations, errorWriter, PlaygroundPages.under(basePath)),
                RequestPipeline.DECLARED_OPERATIONS);
    }

    /**
     * Lets TRACE reach the filters, so that on the API's paths it gets the contract's 405 like every
     * other undeclared method. Tomcat's own refusal (allowTrace off) answers 405 with the servlet's
     * methods, which the error valve turns into 400. Nothing echoes a TRACE (as HttpServlet's
     * default would): on the API's paths the 405 answers first, and elsewhere Spring Security's
     * firewall refuses the method before any servlet runs (AllowedMethodsTest proves both).
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> traceReachesTheFilters() {
        return factory -> factory.addConnectorCustomizers(connector -> connector.setAllowTrace(true));
    }

    private <F extends jakarta.servlet.Filter> FilterRegistrationBean<F> apiFilter(F filter, int order) {
        var registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns(basePath + "/*");
        registration.setOrder(order);
        return registration;
    }
}
