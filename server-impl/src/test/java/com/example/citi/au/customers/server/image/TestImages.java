package com.example.citi.au.customers.server.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Image files for tests: real ones encoded by ImageIO, and hand-built headers that lie about their size. */
public final class TestImages {

    static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private TestImages() {
    }

    public static byte[] png(int width, int height) {
        return encode(stripes(width, height), "png");
    }

    static byte[] jpeg(int width, int height) {
        return encode(stripes(width, height), "jpeg");
    }

    /** A PNG signature and IHDR chunk declaring the given size, then IEND: no pixel data at all. */
    static byte[] pngHeaderClaiming(long width, long height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13)
                .putInt((int) width).putInt((int) height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        return concat(PNG_SIGNATURE, chunk("IHDR", ihdr.array()), chunk("IEND", new byte[0]));
    }

    /** SOI, a JFIF APP0 segment, a baseline SOF0 declaring the given size, then EOI: no scan. */
    static byte[] jpegHeaderClaiming(int width, int height) {
        byte[] app0 = {(byte) 0xFF, (byte) 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00, 0x01, 0x01, 0x00,
                0x00, 0x01, 0x00, 0x01, 0x00, 0x00};
        byte[] sof0 = {(byte) 0xFF, (byte) 0xC0, 0x00, 0x11, 0x08,
                (byte) (height >> 8), (byte) height, (byte) (width >> 8), (byte) width,
                0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01};
        return concat(new byte[] {(byte) 0xFF, (byte) 0xD8}, app0, sof0, new byte[] {(byte) 0xFF, (byte) 0xD9});
    }

    static byte[] padded(byte[] image, int totalLength) {
        return Arrays.copyOf(image, totalLength);
    }

    static String base64(byte[] data) {
        return Base64.getEncoder().encodeToString(data);
    }

    static byte[] fromBase64(String text) {
        return Base64.getDecoder().decode(text);
    }

    public static String updateRequest(byte[] data, String format) {
        return "{\"imageData\":\"" + base64(data) + "\",\"imageFormat\":\"" + format + "\"}";
    }

    static BufferedImage decode(byte[] data) {
        try {
            return ImageIO.read(new ByteArrayInputStream(data));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage stripes(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, (x / 4 + y / 4) % 2 == 0 ? 0x1565C0 : 0xFFB300);
            }
        }
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length)
                .putInt(data.length).put(typeBytes).put(data).putInt((int) crc.getValue())
                .array();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
