package com.example.citi.au.customers.server.playground;

import com.example.citi.au.customers.server.token.SandboxIssuerCondition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The Playground's assets: its own script, style and icons, and Swagger UI from its webjar, found
 * by webjars-locator-lite without a version in the path. A browser may keep them but asks again
 * each time, so that a new build is seen at once.
 */
@Configuration
@Conditional(SandboxIssuerCondition.class)
class PlaygroundWebConfig implements WebMvcConfigurer {

    private final String playgroundPath;

    PlaygroundWebConfig(@Value("${openapi.australiaCustomers.base-path:/api}") String basePath) {
        this.playgroundPath = basePath + PlaygroundController.PATH;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(playgroundPath + "/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(CacheControl.noCache())
                .resourceChain(true);
        registry.addResourceHandler(playgroundPath + "/**")
                .addResourceLocations("classpath:/playground/")
                .setCacheControl(CacheControl.noCache());
    }
}
