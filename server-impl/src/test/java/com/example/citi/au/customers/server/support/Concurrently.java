package com.example.citi.au.customers.server.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Calls made on many threads released together, for the races of the tests. */
public final class Concurrently {

    /** A call that knows which of the threads makes it. */
    @FunctionalInterface
    public interface NumberedCall {
        ApiResponse call(int number) throws Exception;
    }

    private Concurrently() {
    }

    /** Runs the call on that many threads released together, and returns every answer. */
    public static List<ApiResponse> call(int threads, Callable<ApiResponse> call) throws Exception {
        return call(threads, number -> call.call());
    }

    /** Runs the numbered calls on that many threads released together, and returns every answer in their order. */
    public static List<ApiResponse> call(int threads, NumberedCall call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch ready = new CountDownLatch(threads);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<ApiResponse>> answers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int number = i;
                answers.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.call(number);
                }));
            }
            ready.await();
            go.countDown();
            List<ApiResponse> responses = new ArrayList<>();
            for (Future<ApiResponse> answer : answers) {
                responses.add(answer.get(60, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }
}
