package com.example.citi.au.customers.server.offer;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.springframework.stereotype.Component;

/** Issues fulfilment references a client cannot guess from one it has seen. */
@Component
class FulfillmentReferences {

    private static final int RANDOM_BYTES = 8;

    private final SecureRandom random = new SecureRandom();

    String next() {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return "FUL-" + HexFormat.of().formatHex(bytes);
    }
}
