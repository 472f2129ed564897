package com.example.citi.au.customers.server.negative;

/**
 * One request with exactly one defect and what the server must answer to it. The id names the
 * operation, where the defect is and what it is, and is unique in the corpus.
 */
record NegativeCase(String operationId, Category category, String target, String defect, Probe probe,
                    Expectation expectation) {

    String id() {
        return operationId + " | " + category.name().toLowerCase() + " | " + target + " | " + defect;
    }

    @Override
    public String toString() {
        return id();
    }
}
