package com.example.citi.au.customers.review.spec;

import com.example.citi.au.customers.review.ReviewInput;
import com.example.citi.au.customers.review.SpecReview;
import com.example.citi.au.customers.review.client.ClientGeneratorConfig;
import com.example.citi.au.customers.review.lint.StyleRules;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Reviews of a change to the real contract, with the contract's own lint rules and client configuration. */
public final class Reviews {

    public static final String CUSTOMERS_SPEC = Resources.text(Resources.SPEC);
    public static final StyleRules CUSTOMERS_RULES = StyleRules.read(Path.of("../api-spec/src/main/lint/style-rules.properties"));
    public static final ClientGeneratorConfig CUSTOMERS_CLIENT =
            ClientGeneratorConfig.fromPom(Path.of("../client-gen/pom.xml"), "generate-client");

    /** The date every review of the tests releases its changelog entry on. */
    public static final LocalDate RELEASED_ON = LocalDate.of(2026, 12, 7);

    private Reviews() {
    }

    /** What the change does on the wire and to the gate, without generating clients. */
    public static SpecReview wire(String base, String head) {
        return SpecReview.of(new ReviewInput("base", base, head, CUSTOMERS_RULES, OptionalInt.empty(), Optional.empty(),
                List.of(), RELEASED_ON));
    }

    /** The whole review: the wire, and the Java client generated from base and head as client-gen generates it. */
    public static SpecReview withClient(String base, String head) {
        return SpecReview.of(new ReviewInput("base", base, head, CUSTOMERS_RULES, OptionalInt.empty(),
                Optional.of(CUSTOMERS_CLIENT), List.of(), RELEASED_ON));
    }
}
