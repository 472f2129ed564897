package com.example.citi.au.customers.spec;

import java.util.List;

/** What changed for consumers between two versions of the spec. */
record SpecComparison(String oldVersion, String newVersion, List<OperationRef> added, List<OperationRef> removed,
                      List<OperationRef> changed, List<ApiChange> changes) {

    List<ApiChange> breaking() {
        return changes.stream().filter(ApiChange::breaking).toList();
    }

    List<ApiChange> compatible() {
        return changes.stream().filter(change -> !change.breaking()).toList();
    }

    boolean isBreaking() {
        return changes.stream().anyMatch(ApiChange::breaking);
    }
}
