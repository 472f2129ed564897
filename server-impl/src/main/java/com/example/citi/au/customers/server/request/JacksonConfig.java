package com.example.citi.au.customers.server.request;

import org.openapitools.jackson.nullable.JsonNullableJackson3Module;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

@Configuration
class JacksonConfig {

    @Bean
    JsonNullableJackson3Module jsonNullableModule() {
        return new JsonNullableJackson3Module();
    }

    @Bean
    UniqueItemsModule uniqueItemsModule() {
        return new UniqueItemsModule();
    }

    /** A JSON value of another type than the schema's is invalid, not converted ("1" to 1, 1.5 to 1, 0 to false, 1 to "1"). */
    @Bean
    JsonMapperBuilderCustomizer strictJsonTypes() {
        return builder -> builder
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }
}
