package com.example.citi.au.customers.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The baseline folder's rules: one released spec, named after its major version. */
class BaselineTest {

    private static final String RELEASED = "openapi: 3.0.3\ninfo:\n  title: T\n  version: 2.1.0\npaths: {}\n";

    @Test
    void readsTheOneBaselineOfAFolderAndTheMajorVersionItHolds(@TempDir Path folder) throws IOException {
        // given
        Files.writeString(folder.resolve("customers-api-2.yaml"), RELEASED);

        // when
        Baseline baseline = Baseline.in(folder);

        // then
        assertEquals(2, baseline.major());
        assertEquals(2, baseline.heldMajor());
    }

    @Test
    void refusesAFolderThatHoldsMoreThanOneFile(@TempDir Path folder) throws IOException {
        // given
        Files.writeString(folder.resolve("customers-api-1.yaml"), RELEASED);
        Files.writeString(folder.resolve("customers-api-2.yaml"), RELEASED);

        // when
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> Baseline.in(folder));

        // then
        assertEquals(folder + " must hold exactly one file, customers-api-<major>.yaml; it holds "
                + "[customers-api-1.yaml, customers-api-2.yaml]", error.getMessage());
    }

    @Test
    void tellsABaselineNamedAfterAnotherMajorVersionThanItHolds(@TempDir Path folder) throws IOException {
        // given
        Files.writeString(folder.resolve("customers-api-3.yaml"), RELEASED);

        // when
        Baseline baseline = Baseline.in(folder);

        // then
        assertEquals(3, baseline.major());
        assertEquals(2, baseline.heldMajor());
    }
}
