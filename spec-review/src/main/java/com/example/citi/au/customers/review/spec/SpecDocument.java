package com.example.citi.au.customers.review.spec;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

public final class SpecDocument {

    private final OpenAPI unresolvedModel;
    private final List<String> parseMessages;

    private SpecDocument(OpenAPI unresolvedModel, List<String> parseMessages) {
        this.unresolvedModel = unresolvedModel;
        this.parseMessages = parseMessages;
    }

    public static SpecDocument fromClasspath(String resource) {
        try (InputStream in = SpecDocument.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("classpath resource not found: " + resource);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SpecDocument parse(String yaml) {
        SwaggerParseResult resolved = read(yaml, true);
        SwaggerParseResult unresolved = read(yaml, false);
        List<String> messages = resolved.getMessages() == null ? List.of() : List.copyOf(resolved.getMessages());
        if (messages.isEmpty() && (resolved.getOpenAPI() == null || unresolved.getOpenAPI() == null)) {
            messages = List.of("the document is not an OpenAPI document");
        }
        return new SpecDocument(unresolved.getOpenAPI(), messages);
    }

    private static SwaggerParseResult read(String yaml, boolean resolve) {
        ParseOptions options = new ParseOptions();
        options.setResolve(resolve);
        return new OpenAPIV3Parser().readContents(yaml, null, options);
    }

    public List<String> parseMessages() {
        return parseMessages;
    }

    public Optional<OpenAPI> unresolvedModel() {
        return Optional.ofNullable(unresolvedModel);
    }
}
