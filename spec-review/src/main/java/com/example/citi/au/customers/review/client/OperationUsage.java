package com.example.citi.au.customers.review.client;

import com.example.citi.au.customers.review.spec.ApiOperation;
import com.example.citi.au.customers.review.spec.OperationRef;
import io.swagger.v3.oas.models.OpenAPI;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.openapitools.codegen.DefaultCodegen;

/**
 * Which operation each generated method serves, and which operations each model class is used by
 * (through a method's parameters or answer, directly or nested), so that a change of the client's
 * code is reported under the operations whose callers meet it.
 */
final class OperationUsage {

    /** The generated methods around an operation's own: {@code opWithHttpInfo}, {@code opRequestBuilder}. */
    private static final List<String> SUFFIXES = List.of("WithHttpInfo", "RequestBuilder");

    private final Map<String, OperationRef> operationsByMethod;
    private final Map<String, Set<OperationRef>> operationsByClass = new HashMap<>();

    private OperationUsage(Map<String, OperationRef> operationsByMethod) {
        this.operationsByMethod = operationsByMethod;
    }

    static OperationUsage of(GeneratedClient client, ClassLoader loader, OpenAPI spec) {
        Map<String, OperationRef> operations = new HashMap<>();
        for (ApiOperation operation : ApiOperation.all(spec)) {
            String id = operation.operation().getOperationId();
            if (id != null) {
                operations.put(methodName(client, id), OperationRef.of(operation.method(), operation.path(),
                        operation.operation()));
            }
        }
        OperationUsage usage = new OperationUsage(operations);
        for (String apiClass : client.apiClassNames()) {
            for (Method method : load(loader, apiClass).getMethods()) {
                Optional<OperationRef> operation = usage.operationOf(method.getName());
                if (operation.isEmpty() || method.getDeclaringClass() == Object.class) {
                    continue;
                }
                Set<Type> types = new LinkedHashSet<>(List.of(method.getGenericParameterTypes()));
                types.add(method.getGenericReturnType());
                usage.reach(types, client.modelPackage()).forEach(type -> usage.operationsByClass
                        .computeIfAbsent(type, key -> new TreeSet<>()).add(operation.get()));
            }
        }
        return usage;
    }

    /** The operation a method of an API class calls: {@code op}, {@code opWithHttpInfo}. */
    Optional<OperationRef> operationOf(String methodName) {
        String name = SUFFIXES.stream().filter(methodName::endsWith)
                .map(suffix -> methodName.substring(0, methodName.length() - suffix.length()))
                .findFirst()
                .orElse(methodName);
        return Optional.ofNullable(operationsByMethod.get(name));
    }

    Set<OperationRef> operationsUsing(String className) {
        return operationsByClass.getOrDefault(className, Set.of());
    }

    private static String methodName(GeneratedClient client, String operationId) {
        return client.codegen() instanceof DefaultCodegen codegen ? codegen.toOperationId(operationId) : operationId;
    }

    /** The model classes reachable from these types, through public getters, setters and nested classes. */
    private Set<String> reach(Set<Type> start, String modelPackage) {
        Set<String> reached = new LinkedHashSet<>();
        Deque<Type> pending = new ArrayDeque<>(start);
        while (!pending.isEmpty()) {
            Type type = pending.pop();
            if (type instanceof ParameterizedType parameterized) {
                pending.addAll(List.of(parameterized.getActualTypeArguments()));
            } else if (type instanceof GenericArrayType array) {
                pending.add(array.getGenericComponentType());
            } else if (type instanceof WildcardType wildcard) {
                pending.addAll(List.of(wildcard.getUpperBounds()));
            } else if (type instanceof Class<?> type1 && type1.getName().startsWith(modelPackage + ".")
                    && reached.add(type1.getName())) {
                for (Method method : type1.getMethods()) {
                    if (Modifier.isPublic(method.getModifiers()) && method.getDeclaringClass() == type1) {
                        pending.add(method.getGenericReturnType());
                        pending.addAll(List.of(method.getGenericParameterTypes()));
                    }
                }
                pending.addAll(List.of(type1.getDeclaredClasses()));
            }
        }
        return reached;
    }

    private static Class<?> load(ClassLoader loader, String name) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
