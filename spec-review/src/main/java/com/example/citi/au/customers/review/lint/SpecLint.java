package com.example.citi.au.customers.review.lint;

import com.example.citi.au.customers.review.spec.SpecDocument;
import java.util.ArrayList;
import java.util.List;

/** The style lint: the committed rules, on top of the structural checks of {@link SpecChecks}. */
public final class SpecLint {

    private SpecLint() {
    }

    public static List<String> findings(SpecDocument document, StyleRules rules) {
        List<String> findings = new ArrayList<>();
        document.unresolvedModel().ifPresent(api -> List.of(
                        new StyleLintCheck(api, rules),
                        new NamingCheck(api, rules),
                        new DescriptionCheck(api),
                        new UnusedComponentCheck(api),
                        new SecurityCheck(api),
                        new ResourceLimitCheck(api))
                .forEach(check -> findings.addAll(check.findings())));
        return findings;
    }
}
