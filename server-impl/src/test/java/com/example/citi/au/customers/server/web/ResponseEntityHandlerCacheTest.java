package com.example.citi.au.customers.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.support.StaticWebApplicationContext;
import org.springframework.web.method.support.HandlerMethodReturnValueHandler;
import org.springframework.web.method.support.HandlerMethodReturnValueHandlerComposite;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

class ResponseEntityHandlerCacheTest {

    private static final List<String> RESPONSE_ENTITY_METHODS =
            List.of("json", "nothing", "anything", "events", "emitter", "stream");

    private final AtomicInteger questionsToSpring = new AtomicInteger();
    private final List<HandlerMethodReturnValueHandler> handled = new ArrayList<>();
    private final List<HandlerMethodReturnValueHandler> springHandlers = springDefaults().stream()
            .<HandlerMethodReturnValueHandler>map(Recording::new)
            .toList();
    private final ResponseEntityHandlerCache cache = new ResponseEntityHandlerCache(springHandlers);

    @SuppressWarnings("unused")
    private static final class Operations {
        ResponseEntity<String> json() { return null; }
        ResponseEntity<Void> nothing() { return null; }
        ResponseEntity<?> anything() { return null; }
        ResponseEntity<SseEmitter> events() { return null; }
        ResponseEntity<ResponseBodyEmitter> emitter() { return null; }
        ResponseEntity<StreamingResponseBody> stream() { return null; }
        String viewName() { return null; }
    }

    @Test
    void handsEveryResponseEntityToTheHandlerSpringChooses() throws Exception {
        HandlerMethodReturnValueHandlerComposite spring = new HandlerMethodReturnValueHandlerComposite().addHandlers(springHandlers);
        for (String name : RESPONSE_ENTITY_METHODS) {
            MethodParameter returnType = returnTypeOf(name);

            assertThat(cache.supportsReturnType(returnType)).as(name).isTrue();
            assertThat(handlerUsedBy(cache, returnType)).as(name).isSameAs(handlerUsedBy(spring, returnType));
        }
    }

    @Test
    void asksSpringsHandlersOnlyAtTheFirstCallOfAMethod() throws Exception {
        MethodParameter returnType = returnTypeOf("json");
        handlerUsedBy(cache, returnType);
        int afterFirstCall = questionsToSpring.get();

        handlerUsedBy(cache, returnType);
        handlerUsedBy(cache, returnTypeOf("json"));

        assertThat(afterFirstCall).isPositive();
        assertThat(questionsToSpring.get()).isEqualTo(afterFirstCall);
    }

    @Test
    void leavesEverythingButAResponseEntityToSpring() throws Exception {
        assertThat(cache.supportsReturnType(returnTypeOf("viewName"))).isFalse();
        assertThat(questionsToSpring.get()).isZero();
    }

    private HandlerMethodReturnValueHandler handlerUsedBy(HandlerMethodReturnValueHandler chooser, MethodParameter returnType)
            throws Exception {
        handled.clear();
        NativeWebRequest request = new ServletWebRequest(new MockHttpServletRequest());
        chooser.handleReturnValue(ResponseEntity.ok().build(), returnType, new ModelAndViewContainer(), request);
        assertThat(handled).hasSize(1);
        return handled.get(0);
    }

    private static MethodParameter returnTypeOf(String name) throws NoSuchMethodException {
        Method method = Operations.class.getDeclaredMethod(name);
        return new MethodParameter(method, -1);
    }

    private static List<HandlerMethodReturnValueHandler> springDefaults() {
        StaticWebApplicationContext context = new StaticWebApplicationContext();
        context.setServletContext(new MockServletContext());
        context.refresh();
        RequestMappingHandlerAdapter adapter = new RequestMappingHandlerAdapter();
        adapter.setApplicationContext(context);
        adapter.afterPropertiesSet();
        return adapter.getReturnValueHandlers();
    }

    /** One of Spring's handlers that answers which types it supports, and records instead of handling. */
    private final class Recording implements HandlerMethodReturnValueHandler {

        private final HandlerMethodReturnValueHandler spring;

        Recording(HandlerMethodReturnValueHandler spring) {
            this.spring = spring;
        }

        @Override
        public boolean supportsReturnType(MethodParameter returnType) {
            questionsToSpring.incrementAndGet();
            return spring.supportsReturnType(returnType);
        }

        @Override
        public void handleReturnValue(Object returnValue, MethodParameter returnType, ModelAndViewContainer mavContainer,
                                      NativeWebRequest webRequest) {
            handled.add(this);
        }
    }
}
