package com.example.citi.au.customers.server.limits;

import java.time.Duration;

final class Seconds {

    private Seconds() {
    }

    static long roundedUp(Duration duration) {
        long seconds = duration.getSeconds();
        return duration.getNano() > 0 ? seconds + 1 : seconds;
    }
}
