package com.example.citi.au.customers.server.image;

import java.util.Arrays;
import java.util.Optional;

/** The image file formats a profile image may have, recognised by their leading bytes. */
enum ImageType {
    PNG("png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    JPEG("jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    private final String imageIoName;
    private final byte[] signature;

    ImageType(String imageIoName, byte[] signature) {
        this.imageIoName = imageIoName;
        this.signature = signature;
    }

    static Optional<ImageType> detect(byte[] data) {
        return Arrays.stream(values()).filter(type -> type.startsOf(data)).findFirst();
    }

    String imageIoName() {
        return imageIoName;
    }

    private boolean startsOf(byte[] data) {
        return data.length >= signature.length
                && Arrays.equals(data, 0, signature.length, signature, 0, signature.length);
    }
}
