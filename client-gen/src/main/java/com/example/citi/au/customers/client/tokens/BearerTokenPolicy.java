package com.example.citi.au.customers.client.tokens;

import com.example.citi.au.customers.client.pipeline.Call;
import com.example.citi.au.customers.client.pipeline.HttpPolicy;
import com.example.citi.au.customers.client.pipeline.Requests;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * {@code Authorization: Bearer} on every attempt. A {@code 401} drops the token and replays the request once
 * with a new one (a 401 is answered before anything is applied, so a write may be replayed too); a second
 * {@code 401}, or a provider that has no other token to give, is the answer.
 */
public final class BearerTokenPolicy implements HttpPolicy {

    private static final int UNAUTHORIZED = 401;

    private final AccessTokenProvider tokens;

    public BearerTokenPolicy(AccessTokenProvider tokens) {
        this.tokens = tokens;
    }

    @Override
    public HttpResponse<byte[]> send(HttpRequest request, Call call, Next next) throws IOException, InterruptedException {
        String token = tokens.accessToken();
        HttpResponse<byte[]> answer = next.send(authorised(request, token));
        if (answer.statusCode() != UNAUTHORIZED) {
            return answer;
        }
        tokens.rejected(token);
        String renewed = tokens.accessToken();
        if (renewed.equals(token)) {
            return answer;
        }
        return next.send(authorised(request, renewed));
    }

    private static HttpRequest authorised(HttpRequest request, String token) {
        return Requests.withHeader(request, "Authorization", "Bearer " + token);
    }
}
