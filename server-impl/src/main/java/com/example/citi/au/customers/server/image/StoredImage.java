package com.example.citi.au.customers.server.image;

import java.time.Instant;

record StoredImage(byte[] data, ImageType type, Instant updatedAt) {

    int byteCount() {
        return data.length;
    }
}
