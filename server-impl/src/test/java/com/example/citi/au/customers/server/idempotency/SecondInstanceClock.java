package com.example.citi.au.customers.server.idempotency;

import com.example.citi.au.customers.server.support.TestClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The test's time for a second server instance started by hand, on which the first instance's
 * tokens are valid and its stored answers unexpired. A test configuration, so that no component
 * scan finds it: it is given to the second instance only.
 */
@TestConfiguration(proxyBeanMethods = false)
class SecondInstanceClock {

    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock();
    }
}
