package com.example.citi.au.customers.server.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import org.springframework.core.MethodParameter;
import org.springframework.util.ClassUtils;

/**
 * Names what a method-validation violation on a generated controller is about, as the client
 * knows it: the header, query or path name, or the body field path such as {@code emails[0].emailAddress}.
 */
final class ConstraintViolationLocation {

    private ConstraintViolationLocation() {
    }

    static String of(ConstraintViolation<?> violation) {
        String methodName = null;
        Integer parameterIndex = null;
        StringBuilder fieldPath = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                methodName = node.getName();
            } else if (node.getKind() == ElementKind.PARAMETER) {
                parameterIndex = node.as(Path.ParameterNode.class).getParameterIndex();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                appendProperty(fieldPath, node);
            }
        }
        if (!fieldPath.isEmpty()) {
            return fieldPath.toString();
        }
        if (methodName == null || parameterIndex == null) {
            return null;
        }
        int index = parameterIndex;
        return declaringMethod(ClassUtils.getUserClass(violation.getRootBeanClass()), methodName, index)
                .map(method -> RequestParameterNames.nameOf(new MethodParameter(method, index)))
                .orElse(null);
    }

    private static void appendProperty(StringBuilder path, Path.Node node) {
        if (node.getName() == null || node.getName().startsWith("<")) {
            return;
        }
        if (!path.isEmpty()) {
            path.append('.');
        }
        path.append(node.getName());
        if (node.getIndex() != null) {
            path.append('[').append(node.getIndex()).append(']');
        }
    }

    /** The generated interface method carries the request annotations, not the controller class. */
    private static Optional<Method> declaringMethod(Class<?> controller, String name, int parameterIndex) {
        return Arrays.stream(ClassUtils.getAllInterfacesForClass(controller))
                .flatMap(type -> Arrays.stream(type.getMethods()))
                .filter(method -> method.getName().equals(name) && method.getParameterCount() > parameterIndex)
                .min(Comparator.comparingInt(Method::getParameterCount));
    }
}
