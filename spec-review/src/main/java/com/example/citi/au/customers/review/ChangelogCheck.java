package com.example.citi.au.customers.review;

import com.example.citi.au.customers.review.changelog.Changelog;
import com.example.citi.au.customers.review.changelog.ChangelogEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** The command's changelog options: write the head version's entry, then refuse a version without one. */
final class ChangelogCheck {

    private ChangelogCheck() {
    }

    static SpecReview apply(SpecReview review, Optional<Path> check, Optional<Path> write) {
        if (check.isPresent() && write.isPresent() && !check.get().equals(write.get())) {
            throw new UsageException("--changelog and --write-changelog name different files");
        }
        Optional<Path> file = write.or(() -> check);
        if (file.isEmpty()) {
            return review;
        }
        String version = review.comparison().newVersion();
        String changelog = read(file.get());
        if (write.isPresent()) {
            changelog = Changelog.withEntry(changelog, version, ChangelogEntry.markdown(review, review.released()));
            writeAtomically(file.get(), changelog);
        }
        if (Changelog.hasEntry(changelog, version)) {
            return review;
        }
        return review.refusedAlsoBecause(file.get().getFileName() + " has no entry for " + version
                + ": write it with scripts/spec-review --write-changelog (the entry is under Changelog entry in the summary)");
    }

    private static String read(Path file) {
        if (!Files.exists(file)) {
            return "";
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException("cannot read " + file + ": " + e.getMessage());
        }
    }

    private static void writeAtomically(Path file, String text) {
        try {
            Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".changelog", ".md");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
