package com.example.citi.au.customers.client.retries;

import java.time.Duration;

/** Waits between attempts; tests give one that moves their clock instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

    Sleeper THREAD = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
