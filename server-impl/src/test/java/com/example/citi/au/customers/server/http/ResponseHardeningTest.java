package com.example.citi.au.customers.server.http;

import static com.example.citi.au.customers.server.support.SandboxCaller.OLIVIA;
import static com.example.citi.au.customers.server.support.SandboxCaller.PARTNER_FOR_CHARLOTTE;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.server.support.ApiIntegrationTest;
import com.example.citi.au.customers.server.support.ApiRequest;
import com.example.citi.au.customers.server.support.ApiResponse;
import com.example.citi.au.customers.server.support.SandboxClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every answer, success or error, is kept out of caches, names its request, may not be sniffed,
 * framed, run as a page, named in a Referer or fetched again over plain HTTP, says nothing of the
 * server software and comes whole, with its length.
 */
class ResponseHardeningTest extends ApiIntegrationTest {

    private static final String ADDRESSES = "/v1/customers/profiles/addresses";
    private static final String[] SOFTWARE_NAMES = {"Spring", "spring", "Tomcat", "Apache", "Jakarta", "jakarta", "Java",
            "java.", "Exception", "Whitelabel", "Jackson", "Hibernate", "H2", "Nimbus"};

    static Stream<Arguments> answers() {
        Map<String, Function<ResponseHardeningTest, ApiRequest>> requests = Map.of(
                "200 customer data", test -> test.get(OLIVIA, ADDRESSES),
                "200 token", test -> test.tokenCall(SandboxClient.APP).form("grant_type=client_credentials&customer=1"),
                "400 header", test -> test.get(OLIVIA, ADDRESSES).withoutHeader("Accept"),
                "400 body", test -> test.put(OLIVIA, "/v1/customers/profiles/emails", "{\"emails\": ["),
                "401 token", test -> test.get(OLIVIA, ADDRESSES).header("Authorization", "Bearer not-a-jwt"),
                "401 client", test -> test.tokenCall(SandboxClient.APP)
                        .header("Authorization", SandboxClient.basic("sandbox-app", "wrong"))
                        .form("grant_type=client_credentials&customer=1"),
                "403 scope", test -> test.get(PARTNER_FOR_CHARLOTTE, ADDRESSES),
                "403 client", test -> test.get(OLIVIA, ADDRESSES).header("client_id", "sandbox-partner"),
                "404 path", test -> test.get(OLIVIA, "/v1/customers/nothing-here").outsideSpec(),
                "405 method", test -> test.as(OLIVIA, "DELETE", ADDRESSES).outsideSpec());
        return requests.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> Arguments.of(entry.getKey(), entry.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void forbidsCachingAndEchoesTheUuid(String answer, Function<ResponseHardeningTest, ApiRequest> request) {
        String uuid = UUID.randomUUID().toString();

        ApiResponse response = request.apply(this).header("uuid", uuid).send();

        assertThat(response.status()).as(answer).isEqualTo(Integer.parseInt(answer.substring(0, 3)));
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        assertThat(response.header("uuid")).isEqualTo(uuid);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void forbidsGuessingTheTypeAndFraming(String answer, Function<ResponseHardeningTest, ApiRequest> request) {
        ApiResponse response = request.apply(this).send();

        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void forbidsRunningReferringAndPlainHttp(String answer, Function<ResponseHardeningTest, ApiRequest> request) {
        ApiResponse response = request.apply(this).send();

        assertThat(response.header("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
        assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(response.header("Strict-Transport-Security")).isEqualTo("max-age=31536000; includeSubDomains");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void sendsTheWholeAnswerWithItsLength(String answer, Function<ResponseHardeningTest, ApiRequest> request) {
        ApiResponse response = request.apply(this).send();

        assertThat(response.header("Transfer-Encoding")).isNull();
        assertThat(response.header("Content-Length"))
                .isEqualTo(String.valueOf(response.body().getBytes(StandardCharsets.UTF_8).length));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void namesNoServerSoftware(String answer, Function<ResponseHardeningTest, ApiRequest> request) {
        ApiResponse response = request.apply(this).send();

        assertThat(response.header("Server")).isNull();
        assertThat(response.header("X-Powered-By")).isNull();
        if (response.status() >= 400) {
            assertThat(response.body()).doesNotContain(SOFTWARE_NAMES);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /api/%zz HTTP/1.1", "GET /api/v1/a%00b HTTP/1.1", "GET /api/v1/customers HTTP/2.5", "GARBAGE"})
    void namesNoServerSoftwareWhenTheContainerItselfRejectsTheRequest(String requestLine) throws IOException {
        String response = raw(requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 ");
        assertThat(response.lines().takeWhile(line -> !line.isEmpty()))
                .noneMatch(header -> header.regionMatches(true, 0, "Server:", 0, 7))
                .noneMatch(header -> header.regionMatches(true, 0, "X-Powered-By:", 0, 13));
        assertThat(response).doesNotContain("Tomcat", "Apache", "Spring", "Exception");
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
