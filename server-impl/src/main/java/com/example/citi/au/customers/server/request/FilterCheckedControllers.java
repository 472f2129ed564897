package com.example.citi.au.customers.server.request;

import com.example.citi.au.customers.server.idempotency.IdempotencyKey;
import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.springframework.boot.validation.beanvalidation.MethodValidationExcludeFilter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Controller;
import org.springframework.util.ClassUtils;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * Leaves out of method validation the generated controllers whose every constrained parameter
 * is already checked before the controller runs: a request body (validated as it is read) or a
 * header that {@link RequiredHeadersFilter} or the bearer token resolver checks by the spec's
 * rules. Validating those again, above all the Authorization pattern over a 900-character
 * token, cost a fifth of a profile read's CPU. A controller with any other constrained
 * parameter (a query, path or form value, or another header) keeps method validation whole.
 */
final class FilterCheckedControllers implements MethodValidationExcludeFilter {

    static final Set<String> FILTER_CHECKED_HEADERS = caseInsensitive(
            "Authorization", RequiredHeaders.UUID, RequiredHeaders.ACCEPT, RequiredHeaders.CLIENT_ID,
            RequiredHeaders.CLIENT_DETAILS, IdempotencyKey.HEADER);

    @Override
    public boolean isExcluded(Class<?> type) {
        if (!AnnotatedElementUtils.hasAnnotation(type, Controller.class)
                || !AnnotatedElementUtils.hasAnnotation(type, Validated.class)) {
            return false;
        }
        return Stream.concat(Stream.of(type), ClassUtils.getAllInterfacesForClassAsSet(type).stream())
                .flatMap(declaring -> Arrays.stream(declaring.getDeclaredMethods()))
                .allMatch(FilterCheckedControllers::checkedBeforeTheController);
    }

    private static boolean checkedBeforeTheController(Method method) {
        return Arrays.stream(method.getParameters())
                .allMatch(parameter -> !constrained(parameter) || checkedBeforeTheController(parameter));
    }

    private static boolean checkedBeforeTheController(Parameter parameter) {
        if (parameter.isAnnotationPresent(RequestBody.class)) {
            return true;
        }
        RequestHeader header = parameter.getAnnotation(RequestHeader.class);
        return header != null && FILTER_CHECKED_HEADERS.contains(header.value().isEmpty() ? header.name() : header.value());
    }

    private static boolean constrained(Parameter parameter) {
        return Arrays.stream(parameter.getAnnotations())
                .map(Annotation::annotationType)
                .anyMatch(type -> type == Valid.class || type.isAnnotationPresent(Constraint.class));
    }

    private static Set<String> caseInsensitive(String... names) {
        Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        set.addAll(Arrays.asList(names));
        return Collections.unmodifiableSet(set);
    }
}
