package com.example.citi.au.customers.server.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ImageHeadersTest {

    @Test
    void readsThePngSizeFromItsIhdrChunk() {
        assertThat(ImageHeaders.sizeOf(TestImages.png(31, 17), ImageType.PNG)).contains(new ImageSize(31, 17));
    }

    @Test
    void readsPngSidesAsUnsignedNumbers() {
        assertThat(ImageHeaders.sizeOf(TestImages.pngHeaderClaiming(0xFFFF_FFFFL, 1), ImageType.PNG))
                .contains(new ImageSize(0xFFFF_FFFFL, 1));
    }

    @Test
    void findsNoPngSizeWhenTheFirstChunkIsNotIhdr() {
        byte[] png = TestImages.png(8, 8);
        png[12] = 'X';

        assertThat(ImageHeaders.sizeOf(png, ImageType.PNG)).isEmpty();
    }

    @Test
    void readsTheJpegSizeFromItsFrameHeaderPastOtherSegments() {
        assertThat(ImageHeaders.sizeOf(TestImages.jpeg(300, 7), ImageType.JPEG)).contains(new ImageSize(300, 7));
    }

    @Test
    void readsTheJpegSizeFromAHandBuiltFrameHeader() {
        assertThat(ImageHeaders.sizeOf(TestImages.jpegHeaderClaiming(65535, 1), ImageType.JPEG))
                .contains(new ImageSize(65535, 1));
    }

    @Test
    void skipsFillBytesBeforeAJpegMarker() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xC2, 0x00, 0x0B, 0x08,
                0x00, 0x20, 0x00, 0x40, 0x01, 0x01, 0x11, 0x00};

        assertThat(ImageHeaders.sizeOf(jpeg, ImageType.JPEG)).contains(new ImageSize(64, 32));
    }

    @Test
    void doesNotMistakeAHuffmanTableForAFrameHeader() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xC4, 0x00, 0x07, 0x00, 0x01, 0x02, 0x03, 0x04,
                (byte) 0xFF, (byte) 0xC0, 0x00, 0x0B, 0x08, 0x00, 0x02, 0x00, 0x03, 0x01, 0x01, 0x11, 0x00};

        assertThat(ImageHeaders.sizeOf(jpeg, ImageType.JPEG)).contains(new ImageSize(3, 2));
    }

    @Test
    void findsNoJpegSizeWhenTheScanStartsBeforeAnyFrameHeader() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xDA, 0x00, 0x02, (byte) 0xFF, (byte) 0xD9};

        assertThat(ImageHeaders.sizeOf(jpeg, ImageType.JPEG)).isEmpty();
    }

    @Test
    void findsNoJpegSizeWhenTheFileEndsInsideTheFrameHeader() {
        byte[] jpeg = TestImages.jpegHeaderClaiming(10, 10);

        assertThat(ImageHeaders.sizeOf(Arrays.copyOf(jpeg, 26), ImageType.JPEG)).isEmpty();
    }

    @Test
    void findsNoJpegSizeWhenASegmentLengthRunsPastTheEnd() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, 0x7F, (byte) 0xFF, 0x00};

        assertThat(ImageHeaders.sizeOf(jpeg, ImageType.JPEG)).isEmpty();
    }

    @Test
    void findsNoJpegSizeWhenGarbageSitsBetweenSegments() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, 0x12, 0x34, (byte) 0xFF, (byte) 0xC0, 0x00, 0x0B, 0x08, 0x00, 0x02,
                0x00, 0x03};

        assertThat(ImageHeaders.sizeOf(jpeg, ImageType.JPEG)).isEmpty();
    }
}
