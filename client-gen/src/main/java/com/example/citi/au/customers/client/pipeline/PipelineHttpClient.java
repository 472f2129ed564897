package com.example.citi.au.customers.client.pipeline;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;

/**
 * The {@link HttpClient} the generated code is given: every {@code send} is one logical call through the
 * pipeline. Answers are read whole (this API's bodies are small) so that the policies can look at them and a
 * retried attempt's answer can be thrown away; the caller's body handler then reads the kept bytes.
 */
public final class PipelineHttpClient extends HttpClient {

    private final HttpClient network;
    private final HttpPipeline pipeline;
    private final PathTemplates pathTemplates;
    private final Clock clock;
    private final Consumer<Call> callEnded;

    public PipelineHttpClient(HttpClient network, List<HttpPolicy> policies, PathTemplates pathTemplates, Clock clock,
            Consumer<Call> callEnded) {
        this.network = network;
        this.pipeline = new HttpPipeline(policies,
                request -> network.send(request, HttpResponse.BodyHandlers.ofByteArray()));
        this.pathTemplates = pathTemplates;
        this.clock = clock;
        this.callEnded = callEnded;
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        Call call = new Call(request.method(), pathTemplates.of(request.uri()), clock.instant());
        try {
            return readAs(pipeline.send(request, call), handler);
        } finally {
            callEnded.accept(call);
        }
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return send(request, handler);
            } catch (IOException e) {
                throw new CompletionException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CompletionException(e);
            }
        }, network.executor().orElse(Runnable::run));
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
            HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
        return sendAsync(request, handler);
    }

    private static <T> HttpResponse<T> readAs(HttpResponse<byte[]> answer, HttpResponse.BodyHandler<T> handler)
            throws IOException {
        HttpResponse.BodySubscriber<T> subscriber = handler.apply(new HttpResponse.ResponseInfo() {
            @Override
            public int statusCode() {
                return answer.statusCode();
            }

            @Override
            public HttpHeaders headers() {
                return answer.headers();
            }

            @Override
            public Version version() {
                return answer.version();
            }
        });
        byte[] bytes = answer.body() == null ? new byte[0] : answer.body();
        subscriber.onSubscribe(new Flow.Subscription() {
            private boolean delivered;

            @Override
            public synchronized void request(long n) {
                if (!delivered && n > 0) {
                    delivered = true;
                    if (bytes.length > 0) {
                        subscriber.onNext(List.of(ByteBuffer.wrap(bytes)));
                    }
                    subscriber.onComplete();
                }
            }

            @Override
            public void cancel() {
                delivered = true;
            }
        });
        T body;
        try {
            body = subscriber.getBody().toCompletableFuture().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
        return new Answer<>(answer, body);
    }

    private record Answer<T>(HttpResponse<byte[]> read, T body) implements HttpResponse<T> {

        @Override
        public int statusCode() {
            return read.statusCode();
        }

        @Override
        public HttpRequest request() {
            return read.request();
        }

        @Override
        public Optional<HttpResponse<T>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public HttpHeaders headers() {
            return read.headers();
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return read.sslSession();
        }

        @Override
        public java.net.URI uri() {
            return read.uri();
        }

        @Override
        public Version version() {
            return read.version();
        }
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return network.cookieHandler();
    }

    @Override
    public Optional<java.time.Duration> connectTimeout() {
        return network.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return network.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return network.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return network.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return network.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return network.authenticator();
    }

    @Override
    public Version version() {
        return network.version();
    }

    @Override
    public Optional<Executor> executor() {
        return network.executor();
    }
}
