package com.example.citi.au.customers.review.spec;

import io.swagger.v3.oas.models.OpenAPI;

public final class Fixtures {

    private Fixtures() {
    }

    public static SpecDocument document(String name) {
        return SpecDocument.fromClasspath("fixtures/" + name);
    }

    public static OpenAPI model(String name) {
        return document(name).unresolvedModel().orElseThrow();
    }
}
