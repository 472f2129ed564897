package com.example.citi.au.customers.client;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.client.generated.model.AlertHistoryRecord;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

/** The alert history as one lazy stream over its pages. */
class AlertHistoryStreamTest extends WireMockClientTest {

    private static final String PATH = Spec.BASE_PATH + "/v1/customers/alerts/history";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void streamsEveryRecordAcrossThreePages() {
        page(null, "2", 1, 2);
        page("2", "4", 3, 4);
        page("4", null, 5);

        List<String> ids = client.customerAlerts().streamCustomerAlertHistory(LocalDate.of(2026, 11, 1), null, null, null, 2)
                .map(AlertHistoryRecord::getAlertReferenceId).toList();

        assertThat(ids).containsExactly("ALR-1", "ALR-2", "ALR-3", "ALR-4", "ALR-5");
        assertThat(receivedRequests()).hasSize(3)
                .allSatisfy(request -> assertThat(request.queryParameter("requestSize").firstValue()).isEqualTo("2"));
    }

    @Test
    void fetchesAPageOnlyWhenTheStreamReachesIt() {
        page(null, "2", 1, 2);
        page("2", "4", 3, 4);

        Stream<AlertHistoryRecord> history = client.customerAlerts().streamCustomerAlertHistory(null, null, null, null, 2);
        assertThat(receivedRequests()).isEmpty();
        List<AlertHistoryRecord> firstThree = history.limit(3).toList();

        assertThat(firstThree).hasSize(3);
        assertThat(receivedRequests()).hasSize(2);
    }

    @Test
    void retriesAPageLikeAnyOtherCall() {
        page(null, "2", 1, 2);
        wireMock.stubFor(pageRequest("2").inScenario("flaky").whenScenarioStateIs(STARTED).willSetStateTo("up")
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "1")));
        wireMock.stubFor(pageRequest("2").inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(okJson(body(null, 3))));

        assertThat(client.customerAlerts().streamCustomerAlertHistory(null, null, null, null, 2)).hasSize(3);
        assertThat(time.slept()).hasSeconds(1);
    }

    private static void page(String startIndex, String next, int... records) {
        wireMock.stubFor(pageRequest(startIndex).willReturn(okJson(body(next, records))));
    }

    private static MappingBuilder pageRequest(String startIndex) {
        return get(urlPathEqualTo(PATH)).withQueryParam("nextStartIndex", startIndex == null ? absent() : equalTo(startIndex));
    }

    private static String body(String next, int... records) {
        ObjectNode example = (ObjectNode) JSON.readTree(
                Spec.get().operation("retrieveCustomerAlertHistory").successExample().json());
        ObjectNode template = (ObjectNode) example.path("alertHistory").get(0);
        String items = IntStream.of(records)
                .mapToObj(i -> template.deepCopy().put("alertReferenceId", "ALR-" + i).toString())
                .collect(Collectors.joining(","));
        return "{\"alertHistory\":[" + items + "]" + (next == null ? "" : ",\"nextStartIndex\":\"" + next + "\"") + "}";
    }
}
