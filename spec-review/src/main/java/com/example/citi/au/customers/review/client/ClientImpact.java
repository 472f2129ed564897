package com.example.citi.au.customers.review.client;

import com.example.citi.au.customers.review.spec.SpecDocument;
import io.swagger.v3.oas.models.OpenAPI;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What a spec change does to the code of the Java client's consumers: the incompatible changes
 * between the clients generated from base and head, and the head's example answers the base's
 * client cannot read.
 *
 * @param generator   how the clients were generated, as the summary names it
 * @param notAssessed why there is no assessment, if there is none
 */
public record ClientImpact(String generator, List<ClientChange> changes, List<ExampleFailure> oldClientFailures,
                           Optional<String> notAssessed) {

    public static final ClientImpact NOT_ASSESSED =
            new ClientImpact("", List.of(), List.of(), Optional.of("no client configuration was given"));

    public static ClientImpact between(String baseYaml, String headYaml, ClientGeneratorConfig config) {
        Optional<OpenAPI> base = SpecDocument.parse(baseYaml).unresolvedModel();
        Optional<OpenAPI> head = SpecDocument.parse(headYaml).unresolvedModel();
        if (base.isEmpty() || head.isEmpty()) {
            return notAssessed(config, "base or head is not an OpenAPI document");
        }
        GeneratedClient baseClient;
        try {
            baseClient = ClientGenerator.generate(baseYaml, config);
        } catch (RuntimeException e) {
            return notAssessed(config, "the client of the base cannot be generated: " + e.getMessage());
        }
        GeneratedClient headClient;
        try {
            headClient = ClientGenerator.generate(headYaml, config);
        } catch (RuntimeException e) {
            return new ClientImpact(config.source(), List.of(new ClientChange(new TreeSet<>(),
                    "the client generated from the head does not build: " + e.getMessage(), false)), List.of(),
                    Optional.empty());
        }
        try (URLClassLoader loader = baseClient.loader()) {
            OperationUsage usage = OperationUsage.of(baseClient, loader, base.get());
            List<ClientChange> changes = new ArrayList<>(ClientApiComparison.between(baseClient, headClient, usage));
            List<ExampleFailure> failures = OldClientReadsNewExamples.check(base.get(), head.get(), baseClient, loader,
                    usage);
            return new ClientImpact(config.source(), List.copyOf(changes), failures, Optional.empty());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ClientImpact notAssessed(ClientGeneratorConfig config, String why) {
        return new ClientImpact(config.source(), List.of(), List.of(), Optional.of(why));
    }

    /** Every change that breaks a consumer, as one line each. */
    public List<String> breaking() {
        List<String> breaking = new ArrayList<>();
        changes.forEach(change -> breaking.add("client code: " + change.describe()));
        oldClientFailures.forEach(failure -> breaking.add("old client: " + failure.describe()));
        return breaking;
    }
}
