package com.example.citi.au.customers.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.ByteArrayHttpMessageConverter;
import org.springframework.http.converter.StringHttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.support.StaticWebApplicationContext;
import org.springframework.web.method.support.HandlerMethodReturnValueHandler;
import org.springframework.web.method.support.HandlerMethodReturnValueHandlerComposite;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import tools.jackson.databind.json.JsonMapper;

/** The writer answers exactly as Spring MVC's own handlers, writing schema classes itself and leaving the rest to Spring. */
class JsonResponseEntityWriterTest {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private final RequestMappingHandlerAdapter adapter = springAdapter();
    private final HandlerMethodReturnValueHandler spring =
            new HandlerMethodReturnValueHandlerComposite().addHandlers(adapter.getReturnValueHandlers());
    private final AtomicInteger leftToSpring = new AtomicInteger();
    private final JsonResponseEntityWriter writer = new JsonResponseEntityWriter(MAPPER, Profile.class.getPackageName(),
            counting(new HandlerMethodReturnValueHandlerComposite().addHandlers(adapter.getReturnValueHandlers())));

    public static class Profile {
        public String name = "OLIVIA";
        public String middleName;
        public List<String> emails = List.of("olivia@example.com", "o.b@example.net");
    }

    public static class SpecialProfile extends Profile {
        public String special = "yes";
    }

    @SuppressWarnings("unused")
    private static final class Operations {
        ResponseEntity<Profile> profile() { return null; }
        ResponseEntity<Void> nothing() { return null; }
        ResponseEntity<List<Profile>> profiles() { return null; }
        ResponseEntity<Optional<Profile>> maybeProfile() { return null; }
        ResponseEntity<?> anything() { return null; }
        ResponseEntity<String> text() { return null; }
        ResponseEntity<ProblemDetail> problem() { return null; }
    }

    static Stream<Arguments> entities() {
        return Stream.of(
                Arguments.of("200 with a plain body", "profile", ResponseEntity.ok(new Profile()), Map.of(), true),
                Arguments.of("201 with headers of its own", "profile", ResponseEntity.status(201).header("Location", "/p/1")
                        .header("X-Two", "a", "b").body(new Profile()), Map.of(), true),
                Arguments.of("204 without a body", "nothing", ResponseEntity.noContent().build(), Map.of(), true),
                Arguments.of("200 without a body", "profile", ResponseEntity.ok().build(), Map.of(), true),
                Arguments.of("conditional request headers but no validators", "profile", ResponseEntity.ok(new Profile()),
                        Map.of("If-None-Match", "*", "If-Modified-Since", "Sat, 28 Nov 2099 19:00:00 GMT"), true),
                Arguments.of("an ETag the request already has", "profile", ResponseEntity.ok().eTag("\"v1\"").body(new Profile()),
                        Map.of("If-None-Match", "\"v1\""), false),
                Arguments.of("a content type of its own", "profile",
                        ResponseEntity.ok().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(new Profile()), Map.of(), false),
                Arguments.of("a body of a subclass", "profile", ResponseEntity.ok(new SpecialProfile()), Map.of(), true),
                Arguments.of("an undeclared body", "anything", ResponseEntity.ok(new Profile()), Map.of(), true),
                Arguments.of("a list body", "profiles", ResponseEntity.ok(List.of(new Profile())), Map.of(), false),
                Arguments.of("an optional body", "maybeProfile", ResponseEntity.ok(Optional.of(new Profile())), Map.of(), false),
                Arguments.of("a string body, which Spring writes as it is", "text", ResponseEntity.ok("{\"raw\":1}"), Map.of(),
                        false),
                Arguments.of("a problem detail, which Spring writes as problem+json", "problem",
                        ResponseEntity.of(ProblemDetail.forStatus(409)).build(), Map.of(), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entities")
    void answersExactlyAsSpringDoes(String name, String method, ResponseEntity<?> entity, Map<String, String> requestHeaders,
                                    boolean writtenByTheWriter) throws Exception {
        MockHttpServletResponse bySpring = handle(spring, method, entity, requestHeaders);
        MockHttpServletResponse byWriter = handle(writer, method, entity, requestHeaders);

        assertThat(byWriter.getStatus()).isEqualTo(bySpring.getStatus());
        assertThat(headers(byWriter)).isEqualTo(headers(bySpring));
        assertThat(byWriter.getContentAsByteArray()).isEqualTo(bySpring.getContentAsByteArray());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entities")
    void writesPlainJsonItselfAndLeavesTheRestToSpring(String name, String method, ResponseEntity<?> entity,
                                                        Map<String, String> requestHeaders, boolean writtenByTheWriter)
            throws Exception {
        MockHttpServletResponse response = handle(writer, method, entity, requestHeaders);

        assertThat(leftToSpring.get()).isEqualTo(writtenByTheWriter ? 0 : 1);
        if (writtenByTheWriter && entity.getBody() instanceof Profile) {
            assertThat(response.getContentType()).isEqualTo("application/json");
            assertThat(response.getContentAsString())
                    .startsWith("{\"emails\":[\"olivia@example.com\",\"o.b@example.net\"],\"name\":\"OLIVIA\"");
        }
    }

    private static MockHttpServletResponse handle(HandlerMethodReturnValueHandler handler, String method,
                                                  ResponseEntity<?> entity, Map<String, String> requestHeaders)
            throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/customers/profiles");
        request.addHeader("Accept", "application/json");
        requestHeaders.forEach(request::addHeader);
        MockHttpServletResponse response = new MockHttpServletResponse();
        ModelAndViewContainer mavContainer = new ModelAndViewContainer();

        handler.handleReturnValue(entity, new MethodParameter(Operations.class.getDeclaredMethod(method), -1), mavContainer,
                new ServletWebRequest(request, response));

        assertThat(mavContainer.isRequestHandled()).isTrue();
        return response;
    }

    private static Map<String, List<String>> headers(MockHttpServletResponse response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        response.getHeaderNames().stream().sorted().forEach(name -> headers.put(name, response.getHeaders(name)));
        return headers;
    }

    private static RequestMappingHandlerAdapter springAdapter() {
        StaticWebApplicationContext context = new StaticWebApplicationContext();
        context.setServletContext(new MockServletContext());
        context.refresh();
        RequestMappingHandlerAdapter adapter = new RequestMappingHandlerAdapter();
        adapter.setApplicationContext(context);
        adapter.setMessageConverters(List.of(new ByteArrayHttpMessageConverter(), new StringHttpMessageConverter(),
                new JacksonJsonHttpMessageConverter(MAPPER)));
        adapter.afterPropertiesSet();
        return adapter;
    }

    private HandlerMethodReturnValueHandler counting(HandlerMethodReturnValueHandler handler) {
        return new HandlerMethodReturnValueHandler() {
            @Override
            public boolean supportsReturnType(MethodParameter returnType) {
                return handler.supportsReturnType(returnType);
            }

            @Override
            public void handleReturnValue(Object returnValue, MethodParameter returnType, ModelAndViewContainer mavContainer,
                                          NativeWebRequest webRequest) throws Exception {
                leftToSpring.incrementAndGet();
                handler.handleReturnValue(returnValue, returnType, mavContainer, webRequest);
            }
        };
    }
}
