package com.example.citi.au.customers.server.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.web.method.annotation.RequestHeaderMethodArgumentResolver;
import org.springframework.web.method.support.HandlerMethodReturnValueHandler;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * Puts two shortcuts into the handler adapter: a {@link SingleHeaderValueResolver} around Spring's
 * header resolver, in its place, and a {@link ResponseEntityHandlerCache} before Spring's return
 * value handlers.
 */
final class HandlerAdapterShortcuts implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof RequestMappingHandlerAdapter adapter) {
            adapter.setArgumentResolvers(adapter.getArgumentResolvers().stream()
                    .map(resolver -> resolver instanceof RequestHeaderMethodArgumentResolver
                            ? new SingleHeaderValueResolver(resolver)
                            : resolver)
                    .toList());
            List<HandlerMethodReturnValueHandler> handlers = new ArrayList<>();
            handlers.add(new ResponseEntityHandlerCache(adapter.getReturnValueHandlers()));
            handlers.addAll(adapter.getReturnValueHandlers());
            adapter.setReturnValueHandlers(handlers);
        }
        return bean;
    }
}
