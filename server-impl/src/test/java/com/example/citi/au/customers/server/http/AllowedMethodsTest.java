package com.example.citi.au.customers.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.server.support.ApiIntegrationTest;
import com.example.citi.au.customers.server.support.ErrorShape;
import com.example.citi.au.customers.server.support.SpecOperations;
import com.example.citi.au.customers.server.support.SpecOperations.SpecOperation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A declared path called with a method the contract does not declare for it answers 405
 * methodNotAllowed with Allow, over real HTTP and before any header check: a bare request with
 * no header at all gets the same answer. (The negative corpus sends the same methods with every
 * header right.)
 */
class AllowedMethodsTest extends ApiIntegrationTest {

    private static final Map<String, Set<String>> DECLARED = SpecOperations.all().stream()
            .collect(Collectors.groupingBy(SpecOperation::examplePath, TreeMap::new,
                    Collectors.mapping(SpecOperation::method, Collectors.toCollection(TreeSet::new))));

    static Stream<Arguments> undeclaredMethodsOfEveryPath() {
        return DECLARED.entrySet().stream().flatMap(path -> Stream.of("HEAD", "OPTIONS", "TRACE", "PATCH", "BREW")
                .filter(method -> !path.getValue().contains(method))
                .map(method -> Arguments.of(method, path.getKey(), path.getValue())));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("undeclaredMethodsOfEveryPath")
    void answersAnUndeclaredMethodWith405AndTheDeclaredMethodsWhateverTheHeaders(String method, String path,
                                                                                 Set<String> declared) throws IOException {
        String answer = bare(method, "/api" + path);

        assertThat(statusOf(answer)).isEqualTo(405);
        assertThat(allowOf(answer)).isEqualTo(declared);
        assertThat(headersOf(answer)).contains("Cache-Control: no-store", "X-Content-Type-Options: nosniff");
        if (!method.equals("HEAD")) {
            assertThat(ErrorShape.violations(bodyOf(answer))).isEmpty();
            assertThat(bodyOf(answer)).contains("\"code\":\"methodNotAllowed\"");
        }
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"/api/v1/customers/profiles", "/api/v1/nothing-here",
            "/elsewhere", "/api/actuator/health"})
    void neverEchoesATrace(String target) throws IOException {
        String answer = bare("TRACE", target);

        assertThat(statusOf(answer)).isIn(400, 404, 405);
        assertThat(answer).doesNotContain("Host: localhost").doesNotContain("message/http");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"GET", "HEAD", "OPTIONS", "TRACE", "BREW"})
    void answersAPathTheContractDoesNotDeclareWith404WhateverTheMethodAndHeaders(String method) throws IOException {
        String answer = bare(method, "/api/v1/customers/nothing-here");

        assertThat(statusOf(answer)).isEqualTo(404);
        if (!method.equals("HEAD")) {
            assertThat(bodyOf(answer)).contains("\"code\":\"resourceNotFound\"");
        }
    }

    /** One request with nothing but Host, on a connection of its own. */
    private String bare(String method, String target) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static int statusOf(String answer) {
        return Integer.parseInt(answer.substring(9, 12));
    }

    private static List<String> headersOf(String answer) {
        return answer.substring(0, answer.indexOf("\r\n\r\n")).lines().skip(1).toList();
    }

    private static Set<String> allowOf(String answer) {
        return headersOf(answer).stream()
                .filter(header -> header.regionMatches(true, 0, "Allow:", 0, 6))
                .flatMap(header -> Arrays.stream(header.substring(6).split(",")).map(String::trim))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String bodyOf(String answer) {
        return answer.substring(answer.indexOf("\r\n\r\n") + 4);
    }
}
