package com.example.citi.au.customers.client.retries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.citi.au.customers.client.FakeTime;
import com.example.citi.au.customers.client.pipeline.Call;
import com.example.citi.au.customers.client.pipeline.HttpPolicy;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLSession;
import org.junit.jupiter.api.Test;

/** The retry policy on its own: a scripted network, a fake clock, no HTTP. */
class RetryPolicyTest {

    private final FakeTime time = new FakeTime();
    private final List<HttpRequest> sent = new ArrayList<>();
    private final Deque<Object> script = new ArrayDeque<>();

    @Test
    void cutsEachAttemptsTimeoutToWhatIsLeftOfTheDeadline() throws Exception {
        script.add(answer(503, Map.of()));
        script.add(answer(200, Map.of()));
        RetryPolicy retries = policy(RetryOptions.defaults().withDeadline(Duration.ofSeconds(10)));

        retries.send(get(Duration.ofSeconds(30)), call("GET"), network());

        assertThat(sent).extracting(request -> request.timeout().orElseThrow())
                .containsExactly(Duration.ofSeconds(10), Duration.ofMillis(9_500));
    }

    @Test
    void rethrowsTheLastConnectionFailureOnceTheRetriesAreSpent() {
        for (int i = 0; i < 4; i++) {
            script.add(new ConnectException("refused " + i));
        }
        Call call = call("GET");

        assertThatThrownBy(() -> policy(RetryOptions.defaults()).send(get(null), call, network()))
                .isInstanceOf(ConnectException.class).hasMessage("refused 3");
        assertThat(call.retriesStopped()).contains("gave up after 4 attempts");
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void aRetryAfterInThePastIsNoWait() throws Exception {
        script.add(answer(503, Map.of("Retry-After", List.of("Sun, 06 Dec 2026 10:00:00 GMT"))));
        script.add(answer(200, Map.of()));

        policy(RetryOptions.defaults()).send(get(null), call("GET"), network());

        assertThat(time.sleeps()).containsExactly(Duration.ZERO);
    }

    @Test
    void aWriteIsRepeatedOnlyWhenItCarriesAKey() throws Exception {
        script.add(answer(503, Map.of()));
        script.add(answer(200, Map.of()));
        HttpRequest keyed = HttpRequest.newBuilder(URI.create("http://host/api/v1/offers"))
                .header(IdempotencyKey.HEADER, "\"k\"").POST(HttpRequest.BodyPublishers.ofString("{}")).build();

        HttpResponse<byte[]> answer = policy(RetryOptions.defaults()).send(keyed, call("POST"), network());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(sent).hasSize(2);
    }

    private RetryPolicy policy(RetryOptions options) {
        return new RetryPolicy(options, time, time, () -> 0, RetryPolicy.readsAndKeyedWrites());
    }

    private Call call(String method) {
        return new Call(method, "/v1/customers/profiles", time.instant());
    }

    private static HttpRequest get(Duration timeout) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://host/api/v1/customers/profiles"));
        if (timeout != null) {
            builder.timeout(timeout);
        }
        return builder.GET().build();
    }

    private HttpPolicy.Next network() {
        return request -> {
            sent.add(request);
            time.advance(Duration.ZERO);
            Object next = script.removeFirst();
            if (next instanceof IOException failure) {
                throw failure;
            }
            @SuppressWarnings("unchecked")
            HttpResponse<byte[]> answer = (HttpResponse<byte[]>) next;
            return answer;
        };
    }

    private static HttpResponse<byte[]> answer(int status, Map<String, List<String>> headers) {
        return new HttpResponse<>() {
            @Override
            public int statusCode() {
                return status;
            }

            @Override
            public HttpRequest request() {
                return null;
            }

            @Override
            public Optional<HttpResponse<byte[]>> previousResponse() {
                return Optional.empty();
            }

            @Override
            public HttpHeaders headers() {
                return HttpHeaders.of(headers, (name, value) -> true);
            }

            @Override
            public byte[] body() {
                return new byte[0];
            }

            @Override
            public Optional<SSLSession> sslSession() {
                return Optional.empty();
            }

            @Override
            public URI uri() {
                return URI.create("http://host/");
            }

            @Override
            public HttpClient.Version version() {
                return HttpClient.Version.HTTP_1_1;
            }
        };
    }
}
