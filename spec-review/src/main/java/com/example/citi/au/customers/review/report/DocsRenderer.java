package com.example.citi.au.customers.review.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;
import org.openapitools.codegen.config.GlobalSettings;

/** The head spec rendered by openapi-generator's html2: one self-contained page, browsable offline. */
public final class DocsRenderer {

    private DocsRenderer() {
    }

    public static Path render(String yaml, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path spec = Files.createTempFile("spec-review-docs", ".yaml");
        try {
            Files.writeString(spec, yaml, StandardCharsets.UTF_8);
            CodegenConfigurator configurator = new CodegenConfigurator()
                    .setInputSpec(spec.toString())
                    .setGeneratorName("html2")
                    .setOutputDir(folder.toString())
                    .setValidateSpec(false)
                    // false hides the generator's own contact defaults, which html2 would print in the footer
                    .addAdditionalProperty("infoUrl", false)
                    .addAdditionalProperty("infoEmail", false)
                    .addGlobalProperty("quiet", "true");
            DefaultGenerator generator = new DefaultGenerator();
            generator.setGenerateMetadata(false);
            synchronized (GlobalSettings.class) {
                try {
                    generator.opts(configurator.toClientOptInput()).generate();
                } finally {
                    GlobalSettings.reset();
                }
            }
            return folder.resolve("index.html");
        } finally {
            Files.deleteIfExists(spec);
        }
    }
}
