package com.example.citi.au.customers.server.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.web.method.annotation.RequestHeaderMethodArgumentResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/** Puts a {@link SingleHeaderValueResolver} around Spring's header resolver, in its place in the handler adapter. */
final class SingleHeaderValueInstaller implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof RequestMappingHandlerAdapter adapter) {
            adapter.setArgumentResolvers(adapter.getArgumentResolvers().stream()
                    .map(resolver -> resolver instanceof RequestHeaderMethodArgumentResolver
                            ? new SingleHeaderValueResolver(resolver)
                            : resolver)
                    .toList());
        }
        return bean;
    }
}
