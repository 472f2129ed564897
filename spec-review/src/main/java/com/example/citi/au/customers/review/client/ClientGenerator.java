package com.example.citi.au.customers.review.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openapitools.codegen.ClientOptInput;
import org.openapitools.codegen.CodegenConstants;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;
import org.openapitools.codegen.config.GlobalSettings;

/**
 * Generates the Java client of one spec in-process, as openapi-generator-maven-plugin would with the same
 * configuration, and compiles it. A spec seen before in this JVM is not generated again: a corpus of
 * changes shares the client of its base.
 */
public final class ClientGenerator {

    /** Keeps the generator from printing its banner on every generation. */
    static final String QUIET = "quiet";

    private static final Map<String, GeneratedClient> GENERATED = new ConcurrentHashMap<>();

    private ClientGenerator() {
    }

    public static GeneratedClient generate(String yaml, ClientGeneratorConfig config) {
        return GENERATED.computeIfAbsent(digest(yaml + "\n" + config), key -> generateAndCompile(key, yaml, config));
    }

    private static GeneratedClient generateAndCompile(String key, String yaml, ClientGeneratorConfig config) {
        Path work = WorkDirectory.create("client-" + key.substring(0, 12));
        try {
            Path spec = Files.writeString(work.resolve("openapi.yaml"), yaml, StandardCharsets.UTF_8);
            Path sources = work.resolve("generated");
            CodegenConfigurator configurator = configurator(spec, sources, config);
            ClientOptInput input = configurator.toClientOptInput();
            DefaultGenerator generator = new DefaultGenerator();
            generator.setGenerateMetadata(false);
            synchronized (GlobalSettings.class) {
                // the generator keeps its global properties per thread and the configurator sets them; reset after
                try {
                    generator.opts(input).generate();
                } finally {
                    GlobalSettings.reset();
                }
            }
            Path classes = InProcessCompiler.compile(sources, work.resolve("classes"));
            return new GeneratedClient(config, input.getConfig(), sources, classes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CodegenConfigurator configurator(Path spec, Path output, ClientGeneratorConfig config) {
        CodegenConfigurator configurator = new CodegenConfigurator()
                .setInputSpec(spec.toString())
                .setOutputDir(output.toString())
                .setGeneratorName(config.option("generatorName", "java"))
                .setValidateSpec(!Boolean.parseBoolean(config.option("skipValidateSpec", "false")));
        if (config.options().containsKey("library")) {
            configurator.setLibrary(config.options().get("library"));
        }
        if (config.options().containsKey("apiPackage")) {
            configurator.setApiPackage(config.options().get("apiPackage"));
        }
        if (config.options().containsKey("modelPackage")) {
            configurator.setModelPackage(config.options().get("modelPackage"));
        }
        if (config.options().containsKey("invokerPackage")) {
            configurator.setInvokerPackage(config.options().get("invokerPackage"));
        }
        config.configOptions().forEach(configurator::addAdditionalProperty);
        // what the maven plugin turns its generate* and *ToGenerate parameters into
        if (Boolean.parseBoolean(config.option("generateModels", "true"))) {
            configurator.addGlobalProperty(CodegenConstants.MODELS, config.option("modelsToGenerate", ""));
        }
        if (Boolean.parseBoolean(config.option("generateApis", "true"))) {
            configurator.addGlobalProperty(CodegenConstants.APIS, config.option("apisToGenerate", ""));
        }
        // the invoker classes (ApiClient, ApiException...) are always needed to compile the API classes
        configurator.addGlobalProperty(CodegenConstants.SUPPORTING_FILES, "");
        configurator.addGlobalProperty(CodegenConstants.MODEL_TESTS, "false");
        configurator.addGlobalProperty(CodegenConstants.API_TESTS, "false");
        configurator.addGlobalProperty(CodegenConstants.MODEL_DOCS, "false");
        configurator.addGlobalProperty(CodegenConstants.API_DOCS, "false");
        configurator.addGlobalProperty(QUIET, "true");
        return configurator;
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
