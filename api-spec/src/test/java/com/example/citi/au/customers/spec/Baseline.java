package com.example.citi.au.customers.spec;

import com.example.citi.au.customers.review.spec.SpecDocument;
import com.example.citi.au.customers.review.spec.SpecVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The last released spec, {@code api-spec/src/main/baseline/customers-api-<major>.yaml}: outside
 * src/main/resources, so it is not packaged.
 */
record Baseline(Path file, int major, String yaml) {

    static final Path DIRECTORY = Path.of("src", "main", "baseline");
    private static final Pattern NAME = Pattern.compile("customers-api-(\\d+)\\.yaml");

    /** The one baseline file of the directory, or why there is none. */
    static Baseline in(Path directory) {
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the baseline directory " + directory, e);
        }
        List<Path> baselines = files.stream().filter(file -> NAME.matcher(file.getFileName().toString()).matches()).toList();
        if (baselines.size() != 1 || files.size() != 1) {
            throw new IllegalStateException(directory + " must hold exactly one file, customers-api-<major>.yaml; it holds "
                    + files.stream().map(file -> file.getFileName().toString()).toList());
        }
        return read(baselines.get(0));
    }

    static Baseline read(Path file) {
        Matcher name = NAME.matcher(file.getFileName().toString());
        if (!name.matches()) {
            throw new IllegalArgumentException(file + " is not named customers-api-<major>.yaml");
        }
        try {
            return new Baseline(file, Integer.parseInt(name.group(1)), Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String heldVersion() {
        return version(yaml);
    }

    /** The info.version of a spec file. */
    static String versionOf(Path spec) {
        try {
            return version(Files.readString(spec));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String version(String yaml) {
        return SpecDocument.parse(yaml).unresolvedModel()
                .map(api -> api.getInfo() == null ? null : api.getInfo().getVersion())
                .orElse(null);
    }

    /** The major version of the spec the file holds; -1 when it has none. */
    int heldMajor() {
        return SpecVersion.major(heldVersion()).orElse(-1);
    }
}
