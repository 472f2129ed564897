package com.example.citi.au.customers.server.web;

import org.openapitools.jackson.nullable.JsonNullableJackson3Module;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class JacksonConfig {

    @Bean
    JsonNullableJackson3Module jsonNullableModule() {
        return new JsonNullableJackson3Module();
    }
}
