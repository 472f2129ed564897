package com.example.citi.au.customers.review.spec;

import com.example.citi.au.customers.review.SpecReviewMain;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The review command run in the test's JVM, as a reviewer or a workflow runs it: its output and exit status. */
public record ReviewCommand(int status, String output, String errors) {

    public static ReviewCommand run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = SpecReviewMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new ReviewCommand(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    public String firstLine() {
        return output.lines().findFirst().orElse("");
    }
}
