package com.example.citi.au.customers.server.image;

import java.util.Optional;

/**
 * Reads an image's pixel size from its header alone, so that a tiny file claiming a huge image
 * is turned away before any decoder allocates memory for it.
 */
final class ImageHeaders {

    private static final int PNG_IHDR_TYPE_OFFSET = 12;
    private static final int PNG_WIDTH_OFFSET = 16;
    private static final int PNG_HEIGHT_OFFSET = 20;
    private static final int PNG_HEADER_LENGTH = 24;
    private static final byte[] PNG_IHDR = {'I', 'H', 'D', 'R'};

    private static final int JPEG_SOI_LENGTH = 2;
    private static final int MARKER_PREFIX = 0xFF;
    private static final int SOI = 0xD8;
    private static final int EOI = 0xD9;
    private static final int SOS = 0xDA;
    private static final int TEM = 0x01;
    private static final int RST0 = 0xD0;
    private static final int RST7 = 0xD7;
    private static final int SOF0 = 0xC0;
    private static final int SOF15 = 0xCF;
    private static final int DHT = 0xC4;
    private static final int JPG = 0xC8;
    private static final int DAC = 0xCC;
    /** Segment length (2), sample precision (1), height (2), width (2). */
    private static final int SOF_SIZE_FIELDS_LENGTH = 7;

    private ImageHeaders() {
    }

    /** The declared size, or empty when the header is missing, truncated or malformed. */
    static Optional<ImageSize> sizeOf(byte[] data, ImageType type) {
        return switch (type) {
            case PNG -> pngSize(data);
            case JPEG -> jpegSize(data);
        };
    }

    private static Optional<ImageSize> pngSize(byte[] data) {
        if (data.length < PNG_HEADER_LENGTH) {
            return Optional.empty();
        }
        for (int i = 0; i < PNG_IHDR.length; i++) {
            if (data[PNG_IHDR_TYPE_OFFSET + i] != PNG_IHDR[i]) {
                return Optional.empty();
            }
        }
        return Optional.of(new ImageSize(uint32(data, PNG_WIDTH_OFFSET), uint32(data, PNG_HEIGHT_OFFSET)));
    }

    private static Optional<ImageSize> jpegSize(byte[] data) {
        int position = JPEG_SOI_LENGTH;
        while (position < data.length) {
            if (unsigned(data[position]) != MARKER_PREFIX) {
                return Optional.empty();
            }
            while (position < data.length && unsigned(data[position]) == MARKER_PREFIX) {
                position++;
            }
            if (position >= data.length) {
                return Optional.empty();
            }
            int marker = unsigned(data[position++]);
            if (isStandalone(marker)) {
                continue;
            }
            if (marker == EOI || marker == SOS || marker == 0x00 || position + 2 > data.length) {
                return Optional.empty();
            }
            int segmentLength = uint16(data, position);
            if (isStartOfFrame(marker)) {
                if (segmentLength < SOF_SIZE_FIELDS_LENGTH || position + SOF_SIZE_FIELDS_LENGTH > data.length) {
                    return Optional.empty();
                }
                return Optional.of(new ImageSize(uint16(data, position + 5), uint16(data, position + 3)));
            }
            if (segmentLength < 2) {
                return Optional.empty();
            }
            position += segmentLength;
        }
        return Optional.empty();
    }

    private static boolean isStandalone(int marker) {
        return marker == SOI || marker == TEM || (marker >= RST0 && marker <= RST7);
    }

    private static boolean isStartOfFrame(int marker) {
        return marker >= SOF0 && marker <= SOF15 && marker != DHT && marker != JPG && marker != DAC;
    }

    private static long uint32(byte[] data, int offset) {
        return ((long) uint16(data, offset) << 16) | uint16(data, offset + 2);
    }

    private static int uint16(byte[] data, int offset) {
        return (unsigned(data[offset]) << 8) | unsigned(data[offset + 1]);
    }

    private static int unsigned(byte value) {
        return value & 0xFF;
    }
}
