package com.example.citi.au.customers.server.security;

import com.example.citi.au.customers.server.problem.ApiErrors;
import com.example.citi.au.customers.server.problem.ErrorResponseWriter;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Enforces the scopes the spec names in each operation's security requirement, read from the
 * generated interface's {@link Operation} annotation, so the spec stays the only place they live.
 */
class OperationScopeInterceptor implements HandlerInterceptor {

    private final CurrentCaller currentCaller;
    private final ErrorResponseWriter errorWriter;
    private final Map<Method, List<List<String>>> scopeRequirements = new ConcurrentHashMap<>();

    OperationScopeInterceptor(CurrentCaller currentCaller, ErrorResponseWriter errorWriter) {
        this.currentCaller = currentCaller;
        this.errorWriter = errorWriter;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        List<List<String>> requirements =
                scopeRequirements.computeIfAbsent(method.getMethod(), OperationScopeInterceptor::scopeRequirements);
        if (requirements.isEmpty()) {
            return true;
        }
        Set<String> granted = currentCaller.get().scopes();
        boolean allowed = requirements.stream().allMatch(granted::containsAll);
        if (!allowed) {
            errorWriter.write(response, HttpStatus.FORBIDDEN.value(), ApiErrors.accessNotConfigured());
        }
        return allowed;
    }

    /**
     * The scopes of each security requirement of the operation that names scopes; none when it has
     * none. The token call's HTTP Basic requirement names no scopes: its caller is a client, not a token.
     */
    private static List<List<String>> scopeRequirements(Method method) {
        Operation operation = AnnotatedElementUtils.findMergedAnnotation(method, Operation.class);
        if (operation == null) {
            return List.of();
        }
        return Arrays.stream(operation.security())
                .filter(requirement -> requirement.scopes().length > 0)
                .map(requirement -> List.of(requirement.scopes()))
                .toList();
    }
}
