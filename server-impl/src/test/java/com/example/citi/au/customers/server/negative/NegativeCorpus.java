package com.example.citi.au.customers.server.negative;

import static com.example.citi.au.customers.server.support.SandboxCaller.OLIVIA;
import static com.example.citi.au.customers.server.support.SandboxCaller.PARTNER_FOR_CHARLOTTE;

import com.example.citi.au.customers.server.support.SpecOperations.SpecOperation;
import com.example.citi.au.customers.server.support.SpecOperations;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/**
 * The negative cases of every operation the spec declares, each its valid example request with
 * one defect. Built from the spec alone, so a new operation, parameter or field gets its cases
 * without a line of test code.
 */
final class NegativeCorpus {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<SpecOperation> operations;
    private final Map<SpecOperation, Probe> validRequests;
    private final List<NegativeCase> cases;

    private NegativeCorpus(List<SpecOperation> operations, Map<SpecOperation, Probe> validRequests, List<NegativeCase> cases) {
        this.operations = operations;
        this.validRequests = validRequests;
        this.cases = cases;
    }

    /**
     * Every operation a bearer token calls. The token call authenticates the client with HTTP
     * Basic instead; SandboxTokenCallTest covers its refusals.
     */
    static NegativeCorpus fromSpec() {
        List<SpecOperation> operations = SpecOperations.all().stream().filter(SpecOperation::takesBearerToken).toList();
        Map<SpecOperation, Probe> validRequests = new LinkedHashMap<>();
        List<NegativeCase> cases = new ArrayList<>();
        for (SpecOperation operation : operations) {
            Probe valid = validRequest(operation);
            validRequests.put(operation, valid);
            cases.addAll(casesOf(operation, valid));
            cases.addAll(MethodCases.of(operation, valid, SpecOperations.all()));
        }
        requireUniqueIds(cases);
        return new NegativeCorpus(operations, validRequests, cases);
    }

    List<NegativeCase> cases() {
        return cases;
    }

    Map<SpecOperation, Probe> validRequests() {
        return validRequests;
    }

    int operationCount() {
        return operations.size();
    }

    Map<Category, Long> countByCategory() {
        Map<Category, Long> counts = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            counts.put(category, cases.stream().filter(c -> c.category() == category).count());
        }
        return counts;
    }

    String summary() {
        Map<Category, Long> counts = countByCategory();
        return "Negative corpus: " + cases.size() + " cases (" + counts.get(Category.HEADER) + " header, "
                + counts.get(Category.PARAMETER) + " parameter, " + counts.get(Category.BODY) + " body, "
                + counts.get(Category.INJECTION) + " injection, " + counts.get(Category.BOUNDARY) + " at a bound, "
                + counts.get(Category.METHOD) + " method) across "
                + operations.size() + " operations";
    }

    private static Probe validRequest(SpecOperation operation) {
        var caller = operation.pathTemplate().startsWith("/partner/") ? PARTNER_FOR_CHARLOTTE : OLIVIA;
        Probe probe = new Probe(caller, operation.method(), operation.examplePath(), "", List.of(),
                operation.exampleBody().map(NegativeCorpus::compact).orElse(null));
        return ParameterCases.withExampleValues(probe, operation.pathTemplate(), parameters(operation));
    }

    private static List<NegativeCase> casesOf(SpecOperation operation, Probe valid) {
        List<NegativeCase> cases = new ArrayList<>();
        List<Parameter> parameters = parameters(operation);
        cases.addAll(HeaderCases.of(operation.operationId(), valid, parameters.stream()
                .filter(parameter -> "header".equals(parameter.getIn()))
                .toList()));
        cases.addAll(ParameterCases.of(operation.operationId(), operation.pathTemplate(), parameters.stream()
                .filter(parameter -> "query".equals(parameter.getIn()) || "path".equals(parameter.getIn()))
                .toList(), valid));
        if (valid.body() != null) {
            var schema = operation.operation().getRequestBody().getContent().get("application/json").getSchema();
            cases.addAll(BodyCases.of(operation.operationId(), valid, schema, JSON.readTree(valid.body())));
        }
        return cases;
    }

    private static List<Parameter> parameters(SpecOperation operation) {
        return operation.operation().getParameters() == null ? List.of() : operation.operation().getParameters();
    }

    private static String compact(String json) {
        return JSON.writeValueAsString(JSON.readTree(json));
    }

    private static void requireUniqueIds(List<NegativeCase> cases) {
        Set<String> seen = new HashSet<>();
        List<String> duplicates = cases.stream().map(NegativeCase::id).filter(id -> !seen.add(id)).toList();
        if (!duplicates.isEmpty()) {
            throw new IllegalStateException("duplicate case ids: " + duplicates.stream().distinct().collect(Collectors.joining(", ")));
        }
    }
}
