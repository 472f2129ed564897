package com.example.citi.au.customers.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.SynthesizingMethodParameter;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.support.ConfigurableWebBindingInitializer;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.annotation.RequestHeaderMethodArgumentResolver;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;

class SingleHeaderValueResolverTest {

    private static final String A_UUID = "1b4e28ba-2fa1-11d2-883f-0016d3cca427";
    private static final List<List<String>> HEADER_VALUES = List.of(
            List.of(), List.of(""), List.of("   "), List.of("abc"), List.of(" abc "), List.of("a", "b"),
            List.of(A_UUID), List.of(" " + A_UUID + "\t"), List.of(A_UUID.toUpperCase()), List.of(A_UUID, A_UUID),
            List.of("not-a-uuid"), List.of("1-2-3-4-5"), List.of("12"), List.of("0x10"));

    private final HandlerMethodArgumentResolver spring = new RequestHeaderMethodArgumentResolver(null);
    private final WebDataBinderFactory binders = binders();

    @SuppressWarnings("unused")
    void operation(@RequestHeader("client_id") String text,
                   @RequestHeader(value = "uuid", required = true) UUID uuid,
                   @RequestHeader(name = "clientDetails", required = false) String optionalText,
                   @RequestHeader(value = "requestId", required = false) UUID optionalUuid,
                   @RequestHeader(value = "page", defaultValue = "1") String withDefault,
                   @RequestHeader("count") Integer number) {
    }

    @Test
    void answersEveryHeaderValueExactlyAsSpringsResolverDoes() throws Exception {
        SingleHeaderValueResolver resolver = new SingleHeaderValueResolver(spring);
        for (MethodParameter parameter : parameters()) {
            for (List<String> values : HEADER_VALUES) {
                assertThat(outcome(resolver, parameter, values))
                        .as("%s given %s", parameter, values)
                        .isEqualTo(outcome(spring, parameter, values));
            }
        }
    }

    @Test
    void answersAStringOrUuidGivenOnceOrAnAbsentOptionalOneWithoutSpringsResolver() throws Exception {
        SingleHeaderValueResolver resolver = new SingleHeaderValueResolver(new RefusingResolver(spring));
        List<MethodParameter> parameters = parameters();

        assertThat(resolve(resolver, parameters.get(0), List.of(" abc "))).isEqualTo(" abc ");
        assertThat(resolve(resolver, parameters.get(1), List.of(" " + A_UUID))).isEqualTo(UUID.fromString(A_UUID));
        assertThat(resolve(resolver, parameters.get(2), List.of("c2FuZGJveA=="))).isEqualTo("c2FuZGJveA==");
        assertThat(resolve(resolver, parameters.get(2), List.of())).isNull();
        assertThat(resolve(resolver, parameters.get(3), List.of())).isNull();
    }

    private String outcome(HandlerMethodArgumentResolver resolver, MethodParameter parameter, List<String> values) {
        try {
            Object value = resolve(resolver, parameter, values);
            return value == null ? "null" : value.getClass().getSimpleName() + " " + value;
        } catch (Exception e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private Object resolve(HandlerMethodArgumentResolver resolver, MethodParameter parameter, List<String> values)
            throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest();
        RequestHeader header = Objects.requireNonNull(parameter.getParameterAnnotation(RequestHeader.class));
        values.forEach(value -> request.addHeader(header.name().isEmpty() ? header.value() : header.name(), value));
        return resolver.resolveArgument(parameter, new ModelAndViewContainer(), new ServletWebRequest(request), binders);
    }

    private static List<MethodParameter> parameters() throws NoSuchMethodException {
        Method operation = SingleHeaderValueResolverTest.class.getDeclaredMethod("operation",
                String.class, UUID.class, String.class, UUID.class, String.class, Integer.class);
        return IntStream.range(0, operation.getParameterCount())
                .mapToObj(index -> (MethodParameter) new SynthesizingMethodParameter(operation, index))
                .toList();
    }

    private static WebDataBinderFactory binders() {
        ConfigurableWebBindingInitializer initializer = new ConfigurableWebBindingInitializer();
        initializer.setConversionService(new DefaultFormattingConversionService());
        return new ServletRequestDataBinderFactory(null, initializer);
    }

    /** Spring's resolver for the parameter check, and a failure whenever it would be asked for a value. */
    private record RefusingResolver(HandlerMethodArgumentResolver spring) implements HandlerMethodArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return spring.supportsParameter(parameter);
        }

        @Override
        public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                      NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
            throw new AssertionError("Spring's resolver was asked for " + parameter);
        }
    }
}
