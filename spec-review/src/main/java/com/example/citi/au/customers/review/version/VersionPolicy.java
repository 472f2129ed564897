package com.example.citi.au.customers.review.version;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.core.util.Yaml;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Semantic versioning, decided by the review rather than by hand: a breaking change (on the wire or
 * in client code) needs a new major version, a compatible API change a new minor, any other change
 * of the document a new patch. A larger bump than needed passes; a smaller one, or none, fails and
 * names the version expected.
 */
public final class VersionPolicy {

    private VersionPolicy() {
    }

    /**
     * @param breaking   whether the change breaks a client of the base
     * @param apiChanged whether it changes the API compatibly (additions, relaxed rules, warnings)
     */
    public static Bump required(boolean breaking, boolean apiChanged, String baseYaml, String headYaml) {
        if (breaking) {
            return Bump.MAJOR;
        }
        if (apiChanged) {
            return Bump.MINOR;
        }
        return documentsDiffer(baseYaml, headYaml) ? Bump.PATCH : Bump.NONE;
    }

    public static VersionVerdict judge(String baseVersion, String headVersion, Bump required) {
        Optional<SemanticVersion> base = SemanticVersion.parse(baseVersion);
        Optional<SemanticVersion> head = SemanticVersion.parse(headVersion);
        List<String> findings = new ArrayList<>();
        if (head.isEmpty()) {
            findings.add("info.version " + headVersion + " is not MAJOR.MINOR.PATCH");
        }
        if (base.isEmpty()) {
            return new VersionVerdict(required, "", findings);
        }
        SemanticVersion expected = base.get().next(required);
        if (head.isPresent() && head.get().compareTo(expected) < 0) {
            findings.add(required == Bump.NONE
                    ? "info.version " + headVersion + " is older than the base's " + baseVersion
                    : "this change needs a " + required.label() + " version: set info.version to " + expected
                            + " (the base is " + baseVersion + ", the head says " + headVersion + ")");
        }
        return new VersionVerdict(required, expected.toString(), findings);
    }

    /** Whether anything but info.version differs, compared as parsed documents, not as text. */
    static boolean documentsDiffer(String baseYaml, String headYaml) {
        return !withoutVersion(baseYaml).equals(withoutVersion(headYaml));
    }

    private static JsonNode withoutVersion(String yaml) {
        try {
            JsonNode document = Yaml.mapper().readTree(yaml);
            if (document != null && document.get("info") instanceof ObjectNode info) {
                info.remove("version");
            }
            return document == null ? Yaml.mapper().nullNode() : document;
        } catch (IOException e) {
            return Yaml.mapper().getNodeFactory().textNode(yaml);
        }
    }
}
