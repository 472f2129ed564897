package com.example.citi.au.customers.server.negative;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.server.support.ApiIntegrationTest;
import com.example.citi.au.customers.server.support.ApiRequest;
import com.example.citi.au.customers.server.support.ApiResponse;
import com.example.citi.au.customers.server.support.SpecOperations.SpecOperation;
import com.example.citi.au.customers.server.support.SpecResponseValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The negative-test corpus: for every operation of the spec, its valid example request with one
 * defect at a time (headers, parameters, body, injection-looking strings), built by walking the
 * spec. Every case must get a spec-valid answer below 500 naming the offending location, and
 * must leave the store exactly as it was.
 *
 * <p>The cases run as dynamic tests on one migrated store, each compared with a fingerprint of
 * every table; only a case that legitimately changed the store (a success or a step-up for an
 * injection-looking value the schema allows) re-migrates it. Requests whose bytes are malformed
 * HTTP (CR, LF, control characters in a header) go over a raw socket; Tomcat may refuse those
 * before the application sees them, and then answers through JsonErrorReportValve: a 400 in the
 * spec's error shape without a location, which must leak no stack trace or server version.
 */
class NegativeCorpusTest extends ApiIntegrationTest {

    private static final NegativeCorpus CORPUS = NegativeCorpus.fromSpec();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> LEAKS = List.of("Exception", "\tat ", "Tomcat", "Apache", "Spring", "java.");

    @Autowired
    private DataSource dataSource;

    @Autowired
    private Flyway flyway;

    private StoreSnapshot store;
    private StoreSnapshot.Fingerprint baseline;
    private final Map<String, Integer> containerRejections = new TreeMap<>();
    private final AtomicInteger remigrations = new AtomicInteger();

    @Test
    void generatesThousandsOfCasesFromTheSpec() {
        System.out.println(CORPUS.summary());

        assertThat(CORPUS.cases()).hasSizeGreaterThanOrEqualTo(2000);
        assertThat(CORPUS.countByCategory().values()).allMatch(count -> count > 0);
        CORPUS.validRequests().keySet().forEach(operation -> assertThat(CORPUS.cases())
                .as(operation.toString())
                .anyMatch(c -> c.operationId().equals(operation.operationId())));
    }

    @TestFactory
    Stream<DynamicNode> everyCaseIsRejectedWithItsLocationAndChangesNothing() {
        store = StoreSnapshot.of(dataSource);
        baseline = store.take();
        long started = System.nanoTime();
        Stream<DynamicNode> operations = CORPUS.validRequests().entrySet().stream().map(entry -> {
            SpecOperation operation = entry.getKey();
            Stream<DynamicTest> validRequest = Stream.of(DynamicTest.dynamicTest("valid example request is accepted",
                    () -> validRequestIsAccepted(entry.getValue())));
            Stream<DynamicTest> cases = CORPUS.cases().stream()
                    .filter(c -> c.operationId().equals(operation.operationId()))
                    .map(c -> DynamicTest.dynamicTest(c.category() + " " + c.target() + ": " + c.defect(), () -> run(c)));
            return DynamicContainer.dynamicContainer(operation.toString(), Stream.concat(validRequest, cases));
        });
        Stream<DynamicNode> report = Stream.of(DynamicTest.dynamicTest("report", () -> System.out.printf(
                "Negative corpus ran %d cases in %.1f s (%d re-migrations); refused by the servlet container itself: %s%n",
                CORPUS.cases().size(), (System.nanoTime() - started) / 1e9, remigrations.get(), containerRejections)));
        return Stream.concat(operations, report);
    }

    /** Guards the corpus itself: the request every case breaks in one place must be valid. */
    private void validRequestIsAccepted(Probe valid) {
        Answer answer = send(valid);
        assertThat(answer.specViolation()).as(valid.describe()).isNull();
        assertThat(answer.status()).as(valid.describe() + "\n" + answer.body()).isLessThan(500).isNotEqualTo(400);
        restoreStoreIfChanged();
    }

    private void run(NegativeCase negativeCase) {
        Answer answer = negativeCase.category() == Category.METHOD
                ? sendUndeclaredMethod(negativeCase.probe()) : send(negativeCase.probe());
        List<String> problems = problemsWith(negativeCase, answer);
        List<String> changedTables = restoreStoreIfChanged();
        if (!changedTables.isEmpty() && !mayChangeStore(negativeCase, answer)) {
            problems.add("the store changed: " + changedTables);
        }
        String report = negativeCase.id() + "\n  request: " + negativeCase.probe().describe()
                + "\n  expected: " + negativeCase.expectation()
                + "\n  answer: " + answer.status() + " " + Probe.shorten(answer.body())
                + "\n  problems:\n    " + String.join("\n    ", problems);
        if (!problems.isEmpty()) {
            throw new AssertionFailedError(report);
        }
    }

    private List<String> problemsWith(NegativeCase negativeCase, Answer answer) {
        List<String> problems = new ArrayList<>();
        if (answer.status() >= 500) {
            problems.add("server error " + answer.status());
        }
        if (negativeCase.expectation() instanceof Expectation.MethodNotAllowed methodNotAllowed) {
            problems.addAll(MethodAnswer.problems(negativeCase.probe().method(), methodNotAllowed.allowed(),
                    answer.status(), answer.header("Allow"), answer.body()));
            return problems;
        }
        if (answer.header("Set-Cookie") != null) {
            problems.add("an injected header came back: Set-Cookie " + answer.header("Set-Cookie"));
        }
        if (negativeCase.expectation() instanceof Expectation.AtLimit atLimit) {
            if (answer.specViolation() != null) {
                problems.add(answer.specViolation());
            } else if (answer.status() == 400 && Objects.equals(answer.location(), atLimit.location())) {
                problems.add("refused at its own bound: the value is exactly at the limit the spec allows");
            }
            return problems;
        }
        if (negativeCase.expectation() instanceof Expectation.SameAsOneLine) {
            if (answer.specViolation() != null) {
                problems.add(answer.specViolation());
            } else if (answer.status() == 400) {
                problems.add("refused (location " + answer.location() + "): the two lines mean the same as one");
            }
            return problems;
        }
        if (!(negativeCase.expectation() instanceof Expectation.Rejected rejected)) {
            if (answer.specViolation() != null) {
                problems.add(answer.specViolation());
            }
            return problems;
        }
        if (rejected.containerMayReject() && isContainerRejection(answer)) {
            containerRejections.merge(negativeCase.defect(), 1, Integer::sum);
            LEAKS.stream().filter(answer.body()::contains)
                    .forEach(leak -> problems.add("the container's answer leaks '" + leak + "'"));
            if (answer.header("Server") != null) {
                problems.add("the container's answer names the server: " + answer.header("Server"));
            }
            return problems;
        }
        if (answer.specViolation() != null) {
            problems.add(answer.specViolation());
            return problems;
        }
        if (answer.status() != rejected.status()) {
            problems.add("status " + answer.status() + ", expected " + rejected.status());
            return problems;
        }
        if (!Objects.equals(answer.location(), rejected.location())) {
            problems.add("location " + answer.location() + ", expected " + rejected.location());
        }
        String expectedCode = switch (rejected.status()) {
            case 400 -> "invalidRequest";
            case 401 -> "unAuthorized";
            case 403 -> "accessNotConfigured";
            default -> answer.code();
        };
        if (!Objects.equals(answer.code(), expectedCode)) {
            problems.add("code " + answer.code() + ", expected " + expectedCode);
        }
        return problems;
    }

    /**
     * A 400 the container wrote itself: Tomcat's own page (not the spec's shape), or an
     * ErrorResponse without location from the error controller it forwarded to.
     */
    private static boolean isContainerRejection(Answer answer) {
        return answer.status() == 400 && answer.specViolation() == null && answer.location() == null;
    }

    private static boolean mayChangeStore(NegativeCase negativeCase, Answer answer) {
        return (negativeCase.expectation() instanceof Expectation.Tolerated
                || negativeCase.expectation() instanceof Expectation.AtLimit
                || negativeCase.expectation() instanceof Expectation.SameAsOneLine)
                && (answer.status() / 100 == 2 || answer.status() == 403);
    }

    private List<String> restoreStoreIfChanged() {
        StoreSnapshot.Fingerprint now = store.take();
        List<String> changed = now.changedSince(baseline);
        if (!changed.isEmpty()) {
            flyway.clean();
            flyway.migrate();
            clock.reset();
            remigrations.incrementAndGet();
            baseline = store.take();
        }
        return changed;
    }

    private Answer send(Probe probe) {
        return probe.needsRawSocket() ? sendRaw(probe) : sendWithTestClient(probe);
    }

    private Answer sendWithTestClient(Probe probe) {
        ApiRequest request = as(probe.caller(), probe.method(), probe.path());
        if (probe.body() != null) {
            request.json(probe.body());
        }
        probe.headerChanges().forEach(change -> {
            if (change.removes()) {
                request.withoutHeader(change.name());
            } else {
                request.header(change.name(), change.value());
            }
        });
        request.query(probe.query());
        try {
            ApiResponse response = request.send();
            return new Answer(response.status(), response.headers(), response.body(), null);
        } catch (AssertionFailedError e) {
            return new Answer(statusIn(e.getMessage()), Map.of(), e.getMessage(), e.getMessage());
        }
    }

    /**
     * Over a raw socket, which sends any method and reads HEAD's answer without a body; the answer
     * is outside the spec's operations, so MethodAnswer checks it instead of the spec.
     */
    private Answer sendUndeclaredMethod(Probe probe) {
        String target = "/api" + probe.path() + (probe.query().isEmpty() ? "" : "?" + probe.query());
        RawHttpClient.RawResponse response = RawHttpClient.send(port(), probe.method(), target, rawHeaders(probe),
                probe.body());
        return new Answer(response.status(), response.headers(), response.body(), null);
    }

    private Answer sendRaw(Probe probe) {
        List<RawHttpClient.Header> headers = rawHeaders(probe);
        String target = "/api" + probe.path() + (probe.query().isEmpty() ? "" : "?" + probe.query());
        RawHttpClient.RawResponse response = RawHttpClient.send(port(), probe.method(), target, headers, probe.body());
        List<String> violations = SpecResponseValidator.violations(probe.method(), probe.path(), response.status(),
                response.headers(), response.body());
        return new Answer(response.status(), response.headers(), response.body(),
                violations.isEmpty() ? null : "the answer does not match the spec: " + violations);
    }

    private static List<RawHttpClient.Header> rawHeaders(Probe probe) {
        List<RawHttpClient.Header> headers = new ArrayList<>(List.of(
                new RawHttpClient.Header("Authorization", "Bearer " + probe.caller().token()),
                new RawHttpClient.Header("uuid", UUID.randomUUID().toString()),
                new RawHttpClient.Header("Accept", "application/json"),
                new RawHttpClient.Header("client_id", probe.caller().clientId())));
        if (probe.body() != null) {
            headers.add(new RawHttpClient.Header("Content-Type", "application/json"));
        }
        for (HeaderChange change : probe.headerChanges()) {
            boolean present = headers.stream().anyMatch(header -> header.name().equalsIgnoreCase(change.name()));
            if (!change.repeat()) {
                headers.removeIf(header -> header.name().equalsIgnoreCase(change.name()));
            } else if (!present) {
                headers.add(new RawHttpClient.Header(change.name(), change.value()));
            }
            if (!change.removes()) {
                headers.add(new RawHttpClient.Header(change.name(), change.value()));
            }
        }
        return headers;
    }

    /** ApiRequest reports a spec mismatch as "Response to M P (status) does not match the spec". */
    private static int statusIn(String message) {
        var matcher = Pattern.compile("\\((\\d{3})\\) does not match").matcher(message);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
    }

    private record Answer(int status, Map<String, List<String>> headers, String body, String specViolation) {

        String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .flatMap(entry -> entry.getValue().stream())
                    .findFirst()
                    .orElse(null);
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (RuntimeException e) {
                return JSON.missingNode();
            }
        }

        String location() {
            return json().path("location").asString(null);
        }

        String code() {
            return json().path("code").asString(null);
        }

    }
}
