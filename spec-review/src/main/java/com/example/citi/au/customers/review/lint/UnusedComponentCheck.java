package com.example.citi.au.customers.review.lint;

import com.example.citi.au.customers.review.spec.ApiOperation;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Every component is reachable from an operation: by $ref, through other components, or (security schemes) by name. */
final class UnusedComponentCheck implements SpecCheck {

    private static final String PREFIX = "#/components/";

    private final OpenAPI api;

    UnusedComponentCheck(OpenAPI api) {
        this.api = api;
    }

    @Override
    public List<String> findings() {
        JsonNode document = Json.mapper().valueToTree(api);
        JsonNode components = document.path("components");
        Set<String> used = reachable(document.path("paths"), components);
        usedSecuritySchemes().forEach(name -> used.add(PREFIX + "securitySchemes/" + name));
        List<String> findings = new ArrayList<>();
        components.fieldNames().forEachRemaining(kind -> components.path(kind).fieldNames().forEachRemaining(name -> {
            if (!used.contains(PREFIX + kind + "/" + name)) {
                findings.add("components." + kind + "." + name + ": not used by any operation");
            }
        }));
        return findings;
    }

    private static Set<String> reachable(JsonNode paths, JsonNode components) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<JsonNode> pending = new ArrayDeque<>(List.of(paths));
        while (!pending.isEmpty()) {
            for (String ref : refsIn(pending.pop())) {
                if (ref.startsWith(PREFIX) && seen.add(ref)) {
                    String[] kindAndName = ref.substring(PREFIX.length()).split("/", 2);
                    if (kindAndName.length == 2) {
                        pending.push(components.path(kindAndName[0]).path(kindAndName[1]));
                    }
                }
            }
        }
        return seen;
    }

    private static List<String> refsIn(JsonNode node) {
        List<String> refs = new ArrayList<>();
        Deque<JsonNode> pending = new ArrayDeque<>(List.of(node));
        while (!pending.isEmpty()) {
            JsonNode current = pending.pop();
            if (current.isObject() && current.path("$ref").isTextual()) {
                refs.add(current.path("$ref").asText());
            }
            current.forEach(pending::push);
        }
        return refs;
    }

    private Set<String> usedSecuritySchemes() {
        Set<String> names = new LinkedHashSet<>();
        List<SecurityRequirement> requirements = new ArrayList<>();
        if (api.getSecurity() != null) {
            requirements.addAll(api.getSecurity());
        }
        for (ApiOperation operation : ApiOperation.all(api)) {
            if (operation.operation().getSecurity() != null) {
                requirements.addAll(operation.operation().getSecurity());
            }
        }
        requirements.forEach(requirement -> names.addAll(requirement.keySet()));
        return names;
    }
}
