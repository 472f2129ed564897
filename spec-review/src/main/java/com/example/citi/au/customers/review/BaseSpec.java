package com.example.citi.au.customers.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The spec a head is compared with: a file, or the head's own file as it was at a git ref (a branch,
 * a tag, a commit, the merge base).
 */
record BaseSpec(String label, String yaml) {

    static BaseSpec resolve(String base, Path head) {
        Path file = Path.of(base);
        if (Files.isRegularFile(file)) {
            return new BaseSpec(file.getFileName().toString(), read(file));
        }
        Path folder = head.toAbsolutePath().getParent();
        String prefix = git(folder, "rev-parse", "--show-prefix")
                .orElseThrow(() -> new UsageException("--base " + base + " is neither a file nor a git ref: "
                        + head + " is not inside a git work tree"));
        if (git(folder, "rev-parse", "--verify", "--quiet", base + "^{commit}").isEmpty()) {
            throw new UsageException("--base " + base + " is neither a file nor a commit of " + folder);
        }
        String path = prefix.trim() + head.getFileName();
        String yaml = git(folder, "show", base + ":" + path)
                .orElseThrow(() -> new UsageException(base + " has no " + path));
        return new BaseSpec(base, yaml);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The command's output, or empty where git fails (not a repository, no such ref, no such file). */
    private static Optional<String> git(Path folder, String... arguments) {
        List<String> command = new ArrayList<>(List.of("git", "-C", folder.toString()));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor() == 0 ? Optional.of(output) : Optional.empty();
        } catch (IOException e) {
            throw new UsageException("cannot run git to read --base: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
