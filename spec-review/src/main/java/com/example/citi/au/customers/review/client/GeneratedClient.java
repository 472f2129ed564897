package com.example.citi.au.customers.review.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.openapitools.codegen.CodegenConfig;
import org.openapitools.codegen.languages.AbstractJavaCodegen;

/** The Java client generated from one spec: its compiled classes, and the generator's naming rules. */
public record GeneratedClient(ClientGeneratorConfig config, CodegenConfig codegen, Path sources, Path classes) {

    public String apiPackage() {
        return codegen.apiPackage();
    }

    public String invokerPackage() {
        return codegen instanceof AbstractJavaCodegen java ? java.getInvokerPackage()
                : config.option("invokerPackage", apiPackage().replaceFirst("\\.api$", ""));
    }

    public String modelPackage() {
        return codegen.modelPackage();
    }

    /** The class the generator makes of a component schema. */
    public String modelClass(String schemaName) {
        return modelPackage() + "." + codegen.toModelName(schemaName);
    }

    /** The compiled classes as a jar, as a consumer's build would get them. */
    byte[] jar() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes); Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                jar.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                jar.write(Files.readAllBytes(file));
                jar.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A class loader for the client; the libraries (Jackson) are this tool's own, shared with the caller. */
    URLClassLoader loader() {
        try {
            return new URLClassLoader(new URL[] {classes.toUri().toURL()}, GeneratedClient.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The names of the generated API classes, one per tag. */
    List<String> apiClassNames() {
        Path folder = classes.resolve(apiPackage().replace('.', '/'));
        List<String> names = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return names;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .sorted()
                    .forEach(name -> names.add(apiPackage() + "." + name.substring(0, name.length() - ".class".length())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
