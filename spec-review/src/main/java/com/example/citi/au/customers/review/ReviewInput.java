package com.example.citi.au.customers.review;

import com.example.citi.au.customers.review.client.ClientGeneratorConfig;
import com.example.citi.au.customers.review.lint.StyleRules;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What one review compares and how.
 *
 * @param baseLabel     what the head is compared with, as the reviewer reads it (a git ref or a file name)
 * @param baselineMajor the major version of the released baseline the head ships with, if it has one
 * @param client        the generator configuration of the Java client whose code impact is reported; empty: none
 * @param notes         lines the caller adds to the summary (a wrapper's own findings)
 * @param released      the date the changelog entry of the head's version carries
 */
public record ReviewInput(String baseLabel, String baseYaml, String headYaml, StyleRules rules,
                          OptionalInt baselineMajor, Optional<ClientGeneratorConfig> client, List<String> notes,
                          LocalDate released) {

    public ReviewInput(String baseLabel, String baseYaml, String headYaml, StyleRules rules, OptionalInt baselineMajor,
                       Optional<ClientGeneratorConfig> client, List<String> notes) {
        this(baseLabel, baseYaml, headYaml, rules, baselineMajor, client, notes, LocalDate.now(ZoneOffset.UTC));
    }
}
