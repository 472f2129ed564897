package com.example.citi.au.customers.spec;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecReviewMainTest {

    private static final String SPEC = Resources.text(Resources.SPEC);

    @Test
    void writesTheSummaryOfTheSandboxOperationAddedToTheReleasedSpec(@TempDir Path work) throws IOException {
        // given
        String released = SpecMutation.withoutSandboxOutbox(SPEC);
        Path baseSpec = Files.writeString(work.resolve("base.yaml"), released);
        Path spec = Files.writeString(work.resolve("customers-api.yaml"), SPEC);
        Path baselines = Files.createDirectories(work.resolve("baseline"));
        Files.writeString(baselines.resolve("customers-api-1.yaml"), released);
        Path out = work.resolve("review");

        // when
        SpecReviewMain.main(new String[] {"--base", "main", "--base-spec", baseSpec.toString(),
                "--base-baseline-dir", baselines.toString(), "--spec", spec.toString(),
                "--baseline-dir", baselines.toString(), "--out", out.toString()});

        // then
        String summary = Files.readString(out.resolve("summary.md"));
        assertTrue(summary.contains("**No breaking change** · 1 compatible change · 0 lint findings · build gate passes."),
                summary);
        assertTrue(summary.contains("| added | GET | `/sandbox/v1/otpOutbox` | `retrieveSandboxOtpOutbox` |"), summary);
        assertTrue(summary.contains("| `GET /sandbox/v1/otpOutbox` retrieveSandboxOtpOutbox | (new operation) | designed |"),
                summary);
    }
}
