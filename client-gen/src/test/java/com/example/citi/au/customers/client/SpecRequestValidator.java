package com.example.citi.au.customers.client;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.util.List;

/** Checks a request WireMock received against the spec: path, method, headers, query and body. */
final class SpecRequestValidator {

    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForInlineApiSpecification(Spec.get().text())
            .withBasePathOverride(Spec.BASE_PATH)
            .build();

    private SpecRequestValidator() {
    }

    /** The spec violations of the request, one line each; empty when it follows the spec. */
    static List<String> violations(LoggedRequest request) {
        SimpleRequest.Builder simple = new SimpleRequest.Builder(
                request.getMethod().getName(), URI.create(request.getUrl()).getPath());
        request.getQueryParams().forEach((name, parameter) -> simple.withQueryParam(name, parameter.values()));
        for (HttpHeader header : request.getHeaders().all()) {
            simple.withHeader(header.key(), header.values());
        }
        String body = request.getBodyAsString();
        if (body != null && !body.isEmpty()) {
            simple.withBody(body);
        }
        ValidationReport report = VALIDATOR.validateRequest(simple.build());
        return report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .map(message -> request.getMethod() + " " + request.getUrl() + " -> "
                        + message.getKey() + ": " + message.getMessage())
                .toList();
    }
}
