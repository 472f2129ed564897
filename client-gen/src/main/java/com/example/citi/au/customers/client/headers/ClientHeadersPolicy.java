package com.example.citi.au.customers.client.headers;

import com.example.citi.au.customers.client.pipeline.Call;
import com.example.citi.au.customers.client.pipeline.HttpPolicy;
import com.example.citi.au.customers.client.pipeline.Requests;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.Supplier;

/**
 * The application's {@code client_id} on every request and, when the supplier gives one, the device's
 * {@code clientDetails}, asked for each attempt. {@code Accept} and {@code Content-Type} come from the
 * generated code, which derives them from the contract's media types.
 */
public final class ClientHeadersPolicy implements HttpPolicy {

    private final String clientId;
    private final Supplier<String> clientDetails;

    public ClientHeadersPolicy(String clientId, Supplier<String> clientDetails) {
        this.clientId = clientId;
        this.clientDetails = clientDetails;
    }

    @Override
    public HttpResponse<byte[]> send(HttpRequest request, Call call, Next next) throws IOException, InterruptedException {
        HttpRequest identified = Requests.withHeader(request, "client_id", clientId);
        String details = clientDetails.get();
        return next.send(details == null ? identified : Requests.withHeader(identified, "clientDetails", details));
    }
}
