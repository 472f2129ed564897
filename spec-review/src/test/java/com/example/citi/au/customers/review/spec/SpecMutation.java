package com.example.citi.au.customers.review.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.example.citi.au.customers.review.version.Bump;
import com.example.citi.au.customers.review.version.SemanticVersion;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.core.util.Yaml;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

/** A copy of a spec changed in one place, for the breaking-change corpus and the review tests. */
public final class SpecMutation {

    private final ObjectNode root;

    private SpecMutation(ObjectNode root) {
        this.root = root;
    }

    public static SpecMutation of(String yaml) {
        try {
            return new SpecMutation((ObjectNode) Yaml.mapper().readTree(yaml));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SpecMutation change(Consumer<ObjectNode> mutation) {
        mutation.accept(root);
        return this;
    }

    public SpecMutation version(String version) {
        return change(spec -> ((ObjectNode) spec.path("info")).put("version", version));
    }

    /** The spec's info.version moved by the bump a change needs. */
    public SpecMutation versionBumped(Bump bump) {
        String version = root.path("info").path("version").asText();
        return version(SemanticVersion.parse(version)
                .orElseThrow(() -> new IllegalStateException("info.version " + version + " is not MAJOR.MINOR.PATCH"))
                .next(bump).toString());
    }

    public ObjectNode tree() {
        return root;
    }

    public String yaml() {
        try {
            return Yaml.mapper().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The spec without its sandbox-only outbox read, an operation added after 1.0.0 was released. */
    public static String withoutSandboxOutbox(String yaml) {
        return of(yaml).change(spec -> {
            if (((ObjectNode) spec.path("paths")).remove("/sandbox/v1/otpOutbox") == null) {
                throw new IllegalStateException("the spec has no GET /sandbox/v1/otpOutbox any more");
            }
            ((ObjectNode) spec.path("components").path("schemas"))
                    .remove(List.of("SandboxOutboxResponse", "SandboxOutboxMessage"));
        }).yaml();
    }

    public static ObjectNode path(ObjectNode spec, String path) {
        return (ObjectNode) spec.path("paths").path(path);
    }

    public static ObjectNode operation(ObjectNode spec, String path, String method) {
        return (ObjectNode) path(spec, path).path(method);
    }

    public static ObjectNode schema(ObjectNode spec, String name) {
        return (ObjectNode) spec.path("components").path("schemas").path(name);
    }

    public static ObjectNode property(ObjectNode spec, String schema, String property) {
        return (ObjectNode) schema(spec, schema).path("properties").path(property);
    }

    public static ObjectNode parameter(ObjectNode spec, String name) {
        return (ObjectNode) spec.path("components").path("parameters").path(name);
    }

    public static ArrayNode required(ObjectNode schema) {
        JsonNode required = schema.path("required");
        return required.isArray() ? (ArrayNode) required : schema.putArray("required");
    }
}
