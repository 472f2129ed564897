package com.example.citi.au.customers.spec;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CustomersApiBaselineTest {

    @Test
    void customersApiSpecIsCompatibleWithItsReleasedBaseline() {
        // given
        String spec = Resources.text(Resources.SPEC);

        // when
        BreakingChangeGate.Verdict verdict = BreakingChangeGate.judge(Baseline.DIRECTORY, spec);

        // then
        List<String> findings = verdict.findings();
        assertTrue(findings.isEmpty(), () -> findings.size() + " finding(s) of the breaking-change gate:\n  "
                + String.join("\n  ", findings) + "\n");
        // compatible changes pass; the build log still shows them
        verdict.comparison().ifPresent(comparison -> comparison.compatible()
                .forEach(change -> System.out.println("[spec gate] compatible: " + change.describe())));
    }
}
