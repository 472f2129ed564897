package com.example.citi.au.customers.review.wire;

import com.example.citi.au.customers.review.spec.ApiOperation;
import com.example.citi.au.customers.review.spec.OperationRef;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** An operation whose {@code x-source} (transcribed, inferred, designed) differs between two versions; null where absent. */
public record ProvenanceChange(OperationRef operation, String before, String after) {

    public static List<ProvenanceChange> between(OpenAPI before, OpenAPI after) {
        Map<String, ApiOperation> old = byLabel(before);
        Map<String, ApiOperation> current = byLabel(after);
        List<ProvenanceChange> changes = new ArrayList<>();
        old.forEach((label, operation) -> {
            ApiOperation now = current.get(label);
            String source = source(operation);
            String sourceNow = now == null ? null : source(now);
            if (!Objects.equals(source, sourceNow)) {
                changes.add(new ProvenanceChange(ref(now == null ? operation : now), source, sourceNow));
            }
        });
        current.forEach((label, operation) -> {
            if (!old.containsKey(label)) {
                changes.add(new ProvenanceChange(ref(operation), null, source(operation)));
            }
        });
        changes.sort((a, b) -> a.operation().compareTo(b.operation()));
        return changes;
    }

    private static Map<String, ApiOperation> byLabel(OpenAPI api) {
        Map<String, ApiOperation> operations = new LinkedHashMap<>();
        ApiOperation.all(api).forEach(operation -> operations.put(operation.label(), operation));
        return operations;
    }

    private static OperationRef ref(ApiOperation operation) {
        return OperationRef.of(operation.method(), operation.path(), operation.operation());
    }

    private static String source(ApiOperation operation) {
        return Optional.ofNullable(operation.extensions().get("x-source")).map(Object::toString).orElse(null);
    }
}
