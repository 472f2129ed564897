package com.example.citi.au.customers.server.playground;

import static com.example.citi.au.customers.server.support.SandboxCaller.OLIVIA;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.server.support.ApiIntegrationTest;
import com.example.citi.au.customers.server.support.ApiResponse;
import com.example.citi.au.customers.server.support.BrowserRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Playground's page and every asset are public, and come with a Content-Security-Policy of
 * 'self' and the headers that keep them out of frames, unsniffed and without referrers. The API's
 * own answers keep their headers.
 */
class PlaygroundHeadersTest extends ApiIntegrationTest {

    @Test
    void sendsTheBrowserFromThePageAddressToThePage() {
        HttpResponse<String> response = BrowserRequest.get(port(), "/playground");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue("playground/");
    }

    @Test
    void servesThePageWithoutATokenOrTheApisHeaders() {
        HttpResponse<String> response = BrowserRequest.get(port(), "/playground/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(response.body()).contains("<script src=\"webjars/swagger-ui/swagger-ui-bundle.js\"></script>")
                .doesNotContain("<script>", "style=", "onclick", "http://", "https://");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/playground/webjars/swagger-ui/swagger-ui-bundle.js", "/playground/playground.js"})
    void servesTheScriptsAsJavaScript(String path) {
        HttpResponse<String> response = BrowserRequest.get(port(), path);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/javascript");
    }

    @Test
    void answersAnUnknownAssetWithTheApisNotFound() {
        HttpResponse<String> response = BrowserRequest.get(port(), "/playground/no-such-asset.js");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("\"code\":\"resourceNotFound\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/playground", "/playground/", "/playground/playground.js", "/playground/playground.css",
            "/playground/icons/copy.svg", "/playground/customers-api.json",
            "/playground/webjars/swagger-ui/swagger-ui-bundle.js", "/playground/webjars/swagger-ui/swagger-ui.css",
            "/playground/no-such-asset.js"})
    void allowsOnlyThisServerAndNoFrames(String path) {
        HttpResponse<String> response = BrowserRequest.get(port(), path);

        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue(
                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; "
                        + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }

    @Test
    void leavesTheApisOwnAnswersTheirOwnStricterPolicy() {
        ApiResponse response = get(OLIVIA, "/v1/customers/profiles").send();

        assertThat(response.header("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
        assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
    }
}
