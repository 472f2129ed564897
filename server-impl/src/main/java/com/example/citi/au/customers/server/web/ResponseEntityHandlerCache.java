package com.example.citi.au.customers.server.web;

import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.MethodParameter;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodReturnValueHandler;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Chooses Spring MVC's handler for a method's {@link ResponseEntity} once, not at every call.
 * Spring asks its return value handlers in turn at every call, and the two before the one that
 * takes a ResponseEntity each resolve the entity's generic type, looking for a stream or an
 * emitter: 2.9% of a profile read's CPU. For a ResponseEntity, Spring's choice depends on the
 * method's declared type alone (the handler it chooses checks the body's own type at each call),
 * so this asks Spring's handlers, in Spring's order, once per method, and hands every later call
 * to the same one. Anything else it leaves to Spring.
 */
final class ResponseEntityHandlerCache implements HandlerMethodReturnValueHandler {

    private final List<HandlerMethodReturnValueHandler> springHandlers;
    private final ConcurrentHashMap<Method, HandlerMethodReturnValueHandler> chosen = new ConcurrentHashMap<>();

    ResponseEntityHandlerCache(List<HandlerMethodReturnValueHandler> springHandlers) {
        this.springHandlers = List.copyOf(springHandlers);
    }

    @Override
    public boolean supportsReturnType(MethodParameter returnType) {
        return returnType.getParameterType() == ResponseEntity.class && handlerFor(returnType) != null;
    }

    @Override
    public void handleReturnValue(Object returnValue, MethodParameter returnType, ModelAndViewContainer mavContainer,
                                  NativeWebRequest webRequest) throws Exception {
        handlerFor(returnType).handleReturnValue(returnValue, returnType, mavContainer, webRequest);
    }

    HandlerMethodReturnValueHandler handlerFor(MethodParameter returnType) {
        return chosen.computeIfAbsent(returnType.getMethod(), method -> springHandlers.stream()
                .filter(handler -> handler.supportsReturnType(returnType))
                .findFirst()
                .orElse(null));
    }
}
