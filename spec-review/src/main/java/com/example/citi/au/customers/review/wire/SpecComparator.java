package com.example.citi.au.customers.review.wire;

import com.example.citi.au.customers.review.spec.OperationRef;
import io.swagger.v3.oas.models.OpenAPI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.Endpoint;

/** Compares two versions of the spec with openapi-diff and explains each change for a consumer. */
public final class SpecComparator {

    private SpecComparator() {
    }

    public static SpecComparison compare(String oldYaml, String newYaml) {
        return compare(oldYaml, newYaml, LocalDate.now(ZoneOffset.UTC));
    }

    /** @param today the day a removed operation's x-sunset date is compared with */
    public static SpecComparison compare(String oldYaml, String newYaml, LocalDate today) {
        ChangedOpenApi diff = OpenApiCompare.fromContents(oldYaml, newYaml);
        List<ApiChange> changes = new ArrayList<>();
        List<OperationRef> removed = refs(diff.getMissingEndpoints());
        diff.getMissingEndpoints().forEach(endpoint -> changes.add(Sunset.removal(OperationRef.of(
                endpoint.getMethod().name(), endpoint.getPathUrl(), endpoint.getOperation()), endpoint.getOperation(),
                today)));
        List<OperationRef> added = refs(diff.getNewEndpoints());
        added.forEach(operation -> changes.add(new ApiChange(operation, ApiChange.Level.COMPATIBLE, "operation: added",
                "existing clients do not call it")));
        List<OperationRef> changed = new ArrayList<>();
        for (ChangedOperation operation : diff.getChangedOperations()) {
            OperationRef ref = OperationRef.of(operation.getHttpMethod().name(), operation.getPathUrl(),
                    operation.getNewOperation());
            changed.add(ref);
            changes.addAll(ChangeExplainer.explain(ref, operation));
        }
        changed.sort(null);
        return new SpecComparison(version(diff.getOldSpecOpenApi()), version(diff.getNewSpecOpenApi()),
                added, removed, changed, changes.stream().distinct().toList());
    }

    private static List<OperationRef> refs(List<Endpoint> endpoints) {
        List<OperationRef> refs = new ArrayList<>();
        endpoints.forEach(endpoint -> refs.add(
                OperationRef.of(endpoint.getMethod().name(), endpoint.getPathUrl(), endpoint.getOperation())));
        refs.sort(null);
        return refs;
    }

    private static String version(OpenAPI api) {
        return api == null || api.getInfo() == null ? null : api.getInfo().getVersion();
    }
}
