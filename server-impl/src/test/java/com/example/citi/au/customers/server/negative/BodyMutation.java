package com.example.citi.au.customers.server.negative;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.util.RawValue;

/** Replaces one value of a JSON body with raw JSON text, or removes it (rawJson null). */
record BodyMutation(BodyPath path, String rawJson) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static BodyMutation remove(BodyPath path) {
        return new BodyMutation(path, null);
    }

    static BodyMutation replace(BodyPath path, String rawJson) {
        return new BodyMutation(path, rawJson);
    }

    String applyTo(JsonNode example) {
        if (path.isRoot()) {
            return rawJson;
        }
        JsonNode root = example.deepCopy();
        JsonNode parent = root;
        for (Object segment : path.parent().segments()) {
            parent = segment instanceof Integer index ? parent.get(index) : parent.get((String) segment);
        }
        Object last = path.last();
        if (parent instanceof ObjectNode object) {
            String name = (String) last;
            if (rawJson == null) {
                object.remove(name);
            } else {
                object.set(name, object.rawValueNode(new RawValue(rawJson)));
            }
        } else if (parent instanceof ArrayNode array) {
            int index = (Integer) last;
            if (rawJson == null) {
                array.remove(index);
            } else {
                array.set(index, array.rawValueNode(new RawValue(rawJson)));
            }
        } else {
            throw new IllegalStateException("no container at " + path.parent().location() + " in " + example);
        }
        return JSON.writeValueAsString(root);
    }
}
