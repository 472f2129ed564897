package com.example.citi.au.customers.server.request;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.CollectionType;

/**
 * The generator turns a {@code uniqueItems} array into a Set, which would silently fold
 * duplicates; this reads it as a list and rejects duplicates as the schema requires.
 */
class UniqueItemsModule extends SimpleModule {

    UniqueItemsModule() {
        super("unique-items");
        setDeserializerModifier(new ValueDeserializerModifier() {
            @Override
            public ValueDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                                                                     BeanDescription.Supplier description,
                                                                     ValueDeserializer<?> deserializer) {
                return Set.class.isAssignableFrom(type.getRawClass()) ? new DuplicateRejecting(config.getTypeFactory().constructCollectionType(List.class, type.getContentType()))
                        : deserializer;
            }
        });
    }

    private static final class DuplicateRejecting extends ValueDeserializer<Set<Object>> {

        private final JavaType listType;

        DuplicateRejecting(JavaType listType) {
            this.listType = listType;
        }

        @Override
        public Set<Object> deserialize(JsonParser p, DeserializationContext ctxt) {
            List<Object> items = ctxt.readValue(p, listType);
            Set<Object> unique = new LinkedHashSet<>(items);
            if (unique.size() != items.size()) {
                return ctxt.reportInputMismatch(this, "duplicate items in a uniqueItems array");
            }
            return unique;
        }
    }
}
