package com.example.citi.au.customers.review.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * How the Java client is generated: the configuration of an openapi-generator-maven-plugin execution,
 * read from the pom that builds the consumers' client, so that base and head are generated exactly as
 * the consumers' client is.
 *
 * @param options           the plugin's scalar parameters (generatorName, library, apiPackage, apisToGenerate...)
 * @param configOptions     the generator's options (useJackson3, enumUnknownDefaultCase...)
 */
public record ClientGeneratorConfig(String source, Map<String, String> options, Map<String, String> configOptions) {

    /** The plugin parameters this review applies; any other one fails, rather than being dropped unnoticed. */
    static final List<String> KNOWN_OPTIONS = List.of("inputSpec", "generatorName", "library", "apiPackage",
            "modelPackage", "invokerPackage", "apisToGenerate", "modelsToGenerate", "supportingFilesToGenerate",
            "generateApis", "generateModels", "generateSupportingFiles", "generateApiTests", "generateModelTests",
            "generateApiDocumentation", "generateModelDocumentation", "output", "skipValidateSpec");

    /** Where a plugin parameter only changes what is written besides the code, it does not change the API. */
    private static final List<String> IGNORED_OPTIONS = List.of("inputSpec", "output", "generateApiTests",
            "generateModelTests", "generateApiDocumentation", "generateModelDocumentation");

    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

    /** The Java client of generator-notes.md, for a spec that brings no pom: java.net.http and Jackson 3. */
    public static ClientGeneratorConfig defaults() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("generatorName", "java");
        options.put("library", "native");
        options.put("apiPackage", "org.openapitools.client.api");
        options.put("modelPackage", "org.openapitools.client.model");
        options.put("invokerPackage", "org.openapitools.client");
        Map<String, String> configOptions = new LinkedHashMap<>();
        configOptions.put("useJackson3", "true");
        configOptions.put("useJakartaEe", "true");
        configOptions.put("openApiNullable", "true");
        configOptions.put("enumUnknownDefaultCase", "true");
        configOptions.put("hideGenerationTimestamp", "true");
        configOptions.put("dateLibrary", "java8");
        return new ClientGeneratorConfig("built-in defaults (java, native, Jackson 3)", options, configOptions);
    }

    /**
     * The execution of openapi-generator-maven-plugin in {@code pom} that generates a Java client: the one
     * with {@code executionId}, or else the only one whose generatorName is {@code java}.
     */
    public static ClientGeneratorConfig fromPom(Path pom, String executionId) {
        Document document = parse(pom);
        Properties properties = properties(document);
        Element execution = execution(document, pom, executionId);
        Element configuration = child(execution, "configuration");
        if (configuration == null) {
            throw new IllegalArgumentException(pom + ": execution " + executionId + " has no configuration");
        }
        Map<String, String> options = new LinkedHashMap<>();
        Map<String, String> configOptions = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (Element element : children(configuration)) {
            String name = element.getTagName();
            if (name.equals("configOptions")) {
                children(element).forEach(option -> configOptions.put(option.getTagName(),
                        interpolate(option.getTextContent().trim(), properties)));
            } else if (!KNOWN_OPTIONS.contains(name)) {
                unknown.add(name);
            } else if (!IGNORED_OPTIONS.contains(name)) {
                options.put(name, interpolate(element.getTextContent().trim(), properties));
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(pom + ": the review cannot apply these openapi-generator parameters of "
                    + "execution " + execution.getAttribute("id") + ": " + unknown);
        }
        if (!"java".equals(options.get("generatorName"))) {
            throw new IllegalArgumentException(pom + ": execution " + executionId + " does not generate a Java client");
        }
        return new ClientGeneratorConfig(pom.getFileName() + " (execution " + text(child(execution, "id")) + ")",
                options, configOptions);
    }

    public String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    private static Element execution(Document document, Path pom, String executionId) {
        List<Element> executions = new ArrayList<>();
        NodeList plugins = document.getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            if (!"openapi-generator-maven-plugin".equals(text(child(plugin, "artifactId")))) {
                continue;
            }
            Element list = child(plugin, "executions");
            if (list != null) {
                executions.addAll(children(list));
            }
        }
        return executions.stream()
                .filter(execution -> executionId.equals(text(child(execution, "id"))))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(pom + " has no openapi-generator execution '"
                        + executionId + "'"));
    }

    private static Properties properties(Document document) {
        Properties properties = new Properties();
        Element project = document.getDocumentElement();
        Element list = child(project, "properties");
        if (list != null) {
            children(list).forEach(property -> properties.setProperty(property.getTagName(),
                    property.getTextContent().trim()));
        }
        return properties;
    }

    private static String interpolate(String value, Properties properties) {
        Matcher matcher = PROPERTY.matcher(value);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String replacement = properties.getProperty(matcher.group(1));
            if (replacement == null) {
                throw new IllegalArgumentException("cannot resolve ${" + matcher.group(1) + "} in " + value);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static Document parse(Path pom) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(pom.toFile());
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalArgumentException(pom + " is not a readable pom: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Element child(Element parent, String name) {
        return children(parent).stream().filter(element -> element.getTagName().equals(name)).findFirst().orElse(null);
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
                elements.add((Element) nodes.item(i));
            }
        }
        return elements;
    }

    private static String text(Element element) {
        return element == null ? null : element.getTextContent().trim();
    }

    @Override
    public String toString() {
        return source + ": " + options + " " + Arrays.toString(configOptions.entrySet().toArray());
    }
}
