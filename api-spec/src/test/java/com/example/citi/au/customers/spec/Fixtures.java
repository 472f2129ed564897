package com.example.citi.au.customers.spec;

import io.swagger.v3.oas.models.OpenAPI;

final class Fixtures {

    private Fixtures() {
    }

    static SpecDocument document(String name) {
        return SpecDocument.fromClasspath("fixtures/" + name);
    }

    static OpenAPI model(String name) {
        return document(name).unresolvedModel().orElseThrow();
    }
}
