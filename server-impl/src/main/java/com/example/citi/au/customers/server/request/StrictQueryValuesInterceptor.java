package com.example.citi.au.customers.server.request;

import com.example.citi.au.customers.server.problem.ApiErrors;
import com.example.citi.au.customers.server.problem.ErrorResponseWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Every query parameter of the spec is one exact value. Spring would take the first of two
 * values, read an empty one as absent, and, when its conversion fails, fall back to property
 * editors that trim enum names and read "0x10" as 16.
 */
class StrictQueryValuesInterceptor implements HandlerInterceptor {

    private static final Pattern INTEGER = Pattern.compile("^-?[0-9]+$");

    private final ErrorResponseWriter errorWriter;
    private final Map<Method, List<MethodParameter>> queryParameters = new ConcurrentHashMap<>();

    StrictQueryValuesInterceptor(ErrorResponseWriter errorWriter) {
        this.errorWriter = errorWriter;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        List<MethodParameter> parameters = queryParameters.computeIfAbsent(method.getMethod(),
                ignored -> Arrays.stream(method.getMethodParameters())
                        .filter(parameter -> parameter.hasParameterAnnotation(RequestParam.class))
                        .toList());
        if (parameters.isEmpty()) {
            return true;
        }
        Map<String, String[]> values = request.getParameterMap();
        Optional<String> invalid = parameters.stream()
                .filter(parameter -> !exact(parameter, values.get(parameter.getParameterAnnotation(RequestParam.class).value())))
                .map(parameter -> parameter.getParameterAnnotation(RequestParam.class).value())
                .findFirst();
        if (invalid.isPresent()) {
            errorWriter.write(response, HttpStatus.BAD_REQUEST.value(), ApiErrors.invalidRequest(invalid.get()));
            return false;
        }
        return true;
    }

    private static boolean exact(MethodParameter parameter, String[] given) {
        if (given == null) {
            return true;
        }
        if (given.length != 1 || given[0].isEmpty()) {
            return false;
        }
        Class<?> type = parameter.getParameterType();
        if (type.isEnum()) {
            return Arrays.stream(type.getEnumConstants()).map(constant -> ((Enum<?>) constant).name()).anyMatch(given[0]::equals);
        }
        if (type == Integer.class || type == Long.class) {
            return INTEGER.matcher(given[0]).matches();
        }
        return true;
    }
}
