package com.example.citi.au.customers.server.http;

import com.example.citi.au.customers.server.generated.model.ErrorResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.method.annotation.RequestHeaderMethodArgumentResolver;
import org.springframework.web.method.support.HandlerMethodReturnValueHandler;
import org.springframework.web.method.support.HandlerMethodReturnValueHandlerComposite;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts two shortcuts into the handler adapter: a {@link SingleHeaderValueResolver} around Spring's
 * header resolver, in its place, and a {@link JsonResponseEntityWriter} for the spec's schema
 * classes before Spring's return value handlers, to which it leaves everything else. Each of the
 * two says what it saves, measured paired (bench/README.md, "Each shortcut earns its place").
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
            handlers.add(new JsonResponseEntityWriter(jsonConvertersMapper(adapter), ErrorResponse.class.getPackageName(),
                    new HandlerMethodReturnValueHandlerComposite().addHandlers(adapter.getReturnValueHandlers())));
            handlers.addAll(adapter.getReturnValueHandlers());
            adapter.setReturnValueHandlers(handlers);
        }
        return bean;
    }

    private static JsonMapper jsonConvertersMapper(RequestMappingHandlerAdapter adapter) {
        return adapter.getMessageConverters().stream()
                .filter(JacksonJsonHttpMessageConverter.class::isInstance)
                .map(converter -> ((JacksonJsonHttpMessageConverter) converter).getMapper())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Spring MVC has no Jackson JSON converter"));
    }
}
