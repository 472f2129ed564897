package com.example.citi.au.customers.review.wire;

import com.example.citi.au.customers.review.spec.OperationRef;
import java.util.List;

/** What changed for consumers between two versions of the spec. */
public record SpecComparison(String oldVersion, String newVersion, List<OperationRef> added, List<OperationRef> removed,
                             List<OperationRef> changed, List<ApiChange> changes) {

    public List<ApiChange> breaking() {
        return at(ApiChange.Level.BREAKING);
    }

    public List<ApiChange> warnings() {
        return at(ApiChange.Level.WARNING);
    }

    public List<ApiChange> compatible() {
        return at(ApiChange.Level.COMPATIBLE);
    }

    public List<ApiChange> documentation() {
        return at(ApiChange.Level.DOCUMENTATION);
    }

    public boolean isBreaking() {
        return changes.stream().anyMatch(ApiChange::breaking);
    }

    private List<ApiChange> at(ApiChange.Level level) {
        return changes.stream().filter(change -> change.level() == level).toList();
    }
}
