package com.example.citi.au.customers.review.client;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles a generated client with the JDK's compiler in this JVM: no forked javac, no Maven run per
 * client. Its classpath is the libraries the generated Java client needs, taken from this tool's own.
 */
final class InProcessCompiler {

    /** One class of each library the generated client is compiled against. */
    private static final List<String> LIBRARY_CLASSES = List.of(
            "tools.jackson.databind.ObjectMapper",
            "tools.jackson.core.JsonParser",
            "com.fasterxml.jackson.annotation.JsonProperty",
            "org.openapitools.jackson.nullable.JsonNullable",
            "jakarta.annotation.Generated");

    private InProcessCompiler() {
    }

    static Path compile(Path sources, Path classes) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("no Java compiler in this runtime: run the review on a JDK, not a JRE");
        }
        Files.createDirectories(classes);
        List<File> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(file -> file.toString().endsWith(".java")).map(Path::toFile).toList();
        }
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(null, null, null)) {
            Iterable<? extends JavaFileObject> units = fileManager.getJavaFileObjectsFromFiles(files);
            List<String> options = List.of("-d", classes.toString(), "-classpath", libraryClasspath(),
                    "-proc:none", "-nowarn", "-Xlint:none", "-g:none", "--release", "17");
            boolean compiled = compiler.getTask(diagnostics, fileManager, null, options, null, units).call();
            if (!compiled) {
                throw new ClientNotCompiledException(diagnostics.toString());
            }
        }
        return classes;
    }

    static String libraryClasspath() {
        return LIBRARY_CLASSES.stream().map(InProcessCompiler::location).distinct()
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static String location(String className) {
        try {
            Class<?> type = Class.forName(className, false, InProcessCompiler.class.getClassLoader());
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (ClassNotFoundException | URISyntaxException e) {
            throw new IllegalStateException("the review's classpath lacks " + className, e);
        }
    }

    /** The generated client does not compile; the head spec may need something this generator cannot do. */
    static final class ClientNotCompiledException extends RuntimeException {

        ClientNotCompiledException(String diagnostics) {
            super("the generated client does not compile:\n" + diagnostics.lines().limit(20)
                    .collect(Collectors.joining("\n")));
        }
    }
}
