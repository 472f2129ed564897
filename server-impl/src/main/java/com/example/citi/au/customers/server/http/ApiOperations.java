package com.example.citi.au.customers.server.http;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The operations of the contract as the generated controllers map them: each path with the methods
 * it serves and the operationId of each. Read once from Spring MVC's mappings, so that the methods
 * a path allows (405) and the operation a request counts for (metrics) come from the spec alone.
 */
@Component
public class ApiOperations {

    /** A declared path and the operationId of each method it serves. */
    private record DeclaredPath(PathPattern pattern, Map<RequestMethod, String> operationIds) {
    }

    private static final String MATCHED = ApiOperations.class.getName() + ".matched";

    private final List<DeclaredPath> paths;
    /** The paths without a variable, by their text: most requests name one exactly, and need no parsing. */
    private final Map<String, DeclaredPath> literalPaths;

    ApiOperations(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        Map<PathPattern, Map<RequestMethod, String>> byPattern = new LinkedHashMap<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            Operation operation = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), Operation.class);
            if (operation == null || operation.operationId().isEmpty()) {
                return;
            }
            for (PathPattern pattern : patternsOf(info)) {
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    byPattern.computeIfAbsent(pattern, key -> new LinkedHashMap<>()).put(method, operation.operationId());
                }
            }
        });
        List<DeclaredPath> declared = new ArrayList<>();
        byPattern.forEach((pattern, operationIds) -> declared.add(new DeclaredPath(pattern, Map.copyOf(operationIds))));
        // the most specific pattern first, as Spring MVC chooses (a literal segment before a variable)
        declared.sort(Comparator.comparing(DeclaredPath::pattern, PathPattern.SPECIFICITY_COMPARATOR));
        this.paths = List.copyOf(declared);
        this.literalPaths = declared.stream().filter(path -> !path.pattern().hasPatternSyntax())
                .collect(Collectors.toUnmodifiableMap(path -> path.pattern().getPatternString(), path -> path));
    }

    /** The methods the contract declares for the request's path; empty when it declares no such path. */
    public Set<RequestMethod> allowedMethods(HttpServletRequest request) {
        return declaredPath(request)
                .map(path -> (Set<RequestMethod>) EnumSet.copyOf(path.operationIds().keySet()))
                .orElse(Set.of());
    }

    /** The operationId the request calls, when its path and method are declared. */
    public Optional<String> operationId(HttpServletRequest request) {
        RequestMethod method = RequestMethod.resolve(request.getMethod());
        if (method == null) {
            return Optional.empty();
        }
        return declaredPath(request).map(path -> path.operationIds().get(method));
    }

    /** Matched once per request (the method filter and the metrics both ask), then kept on the request. */
    private Optional<DeclaredPath> declaredPath(HttpServletRequest request) {
        if (request.getAttribute(MATCHED) instanceof Optional<?> matched) {
            return matched.map(DeclaredPath.class::cast);
        }
        String uri = request.getRequestURI();
        DeclaredPath literal = literalPaths.get(uri);
        Optional<DeclaredPath> matched = literal != null ? Optional.of(literal) : match(PathContainer.parsePath(uri));
        request.setAttribute(MATCHED, matched);
        return matched;
    }

    private Optional<DeclaredPath> match(PathContainer path) {
        return paths.stream().filter(declared -> declared.pattern().matches(path)).findFirst();
    }

    private static Set<PathPattern> patternsOf(RequestMappingInfo info) {
        return info.getPathPatternsCondition() == null ? Set.of() : info.getPathPatternsCondition().getPatterns();
    }
}
