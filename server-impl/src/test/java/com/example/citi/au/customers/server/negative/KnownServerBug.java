package com.example.citi.au.customers.server.negative;

import java.util.List;

/**
 * A server bug the corpus found and reported, with the cases it breaks: each entry is a whole
 * case id, or its part after the operation id for a bug every operation shares.
 */
record KnownServerBug(String finding, List<String> cases) {

    KnownServerBug(String finding, String... cases) {
        this(finding, List.of(cases));
    }

    boolean breaks(NegativeCase negativeCase) {
        String id = negativeCase.id();
        return cases.stream().anyMatch(entry -> id.equals(entry) || id.equals(negativeCase.operationId() + " | " + entry));
    }
}
