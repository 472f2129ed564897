package com.example.citi.au.customers.server.image;

import static com.example.citi.au.customers.server.image.ProfileImageReadTest.IMAGES;
import static com.example.citi.au.customers.server.support.SandboxCaller.LIAM;
import static com.example.citi.au.customers.server.support.SandboxCaller.OLIVIA;
import static com.example.citi.au.customers.server.support.SandboxCaller.OLIVIA_READ_ONLY;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.server.support.ApiIntegrationTest;
import com.example.citi.au.customers.server.support.ApiResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProfileImageUpdateTest extends ApiIntegrationTest {

    private String oliviasSeededImage;

    @BeforeEach
    void rememberOliviasSeededImage() {
        oliviasSeededImage = get(OLIVIA, IMAGES).send().body();
    }

    @Test
    void storesAFirstImageAndAnswersWhatWasStored() {
        byte[] png = TestImages.png(32, 24);

        ApiResponse response = put(LIAM, IMAGES, TestImages.updateRequest(png, "PNG")).send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("imageFormat").asString()).isEqualTo("PNG");
        assertThat(response.json().path("imageSize").asString()).isEqualTo(Integer.toString(png.length));
        assertThat(response.json().path("lastUpdatedDateTime").asString()).isEqualTo("2026-11-28T10:00:00Z");
        assertThat(response.json().has("imageData")).isFalse();
    }

    @Test
    void acceptsTheOnePixelPngOfTheSpecExample() {
        ApiResponse response = put(LIAM, IMAGES, """
                {"imageData":"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
                 "imageFormat":"PNG"}
                """).send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("imageSize").asString()).isEqualTo("70");
    }

    @Test
    void putThenGetRoundTripsTheExactBytes() {
        byte[] png = TestImages.png(32, 24);
        put(LIAM, IMAGES, TestImages.updateRequest(png, "PNG")).send();

        ApiResponse image = get(LIAM, IMAGES).send();

        assertThat(image.status()).isEqualTo(200);
        assertThat(TestImages.fromBase64(image.json().path("imageData").asString())).isEqualTo(png);
        assertThat(image.json().path("imageFormat").asString()).isEqualTo("PNG");
        assertThat(image.json().path("imageSize").asString()).isEqualTo(Integer.toString(png.length));
        assertThat(image.json().path("lastUpdatedDateTime").asString()).isEqualTo("2026-11-28T10:00:00Z");
    }

    @Test
    void replacesAnExistingImageWithOneOfAnotherFormat() {
        byte[] jpeg = TestImages.jpeg(40, 40);
        clock.advance(Duration.ofMinutes(5));

        ApiResponse response = put(OLIVIA, IMAGES, TestImages.updateRequest(jpeg, "JPEG")).send();

        assertThat(response.status()).isEqualTo(200);
        ApiResponse image = get(OLIVIA, IMAGES).send();
        assertThat(TestImages.fromBase64(image.json().path("imageData").asString())).isEqualTo(jpeg);
        assertThat(image.json().path("imageFormat").asString()).isEqualTo("JPEG");
        assertThat(image.json().path("lastUpdatedDateTime").asString()).isEqualTo("2026-11-28T10:05:00Z");
    }

    @Test
    void liamsUploadLeavesOliviasImageAlone() {
        put(LIAM, IMAGES, TestImages.updateRequest(TestImages.png(8, 8), "PNG")).send();

        assertOliviasImageUnchanged();
    }

    @Test
    void acceptsAnImageOfExactlyTheMaximumFileSize() {
        byte[] image = TestImages.padded(TestImages.png(16, 16), 1_048_576);

        ApiResponse response = put(OLIVIA, IMAGES, TestImages.updateRequest(image, "PNG")).send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("imageSize").asString()).isEqualTo("1048576");
    }

    @Test
    void rejectsAnImageOneByteOverTheMaximumFileSize() {
        byte[] image = TestImages.padded(TestImages.png(16, 16), 1_048_577);

        ApiResponse response = put(OLIVIA, IMAGES, TestImages.updateRequest(image, "PNG")).send();

        assertInvalidImageData(response);
        assertOliviasImageUnchanged();
    }

    @Test
    void acceptsAnImageOfExactlyTheMaximumSide() {
        ApiResponse response = put(OLIVIA, IMAGES, TestImages.updateRequest(TestImages.png(4096, 2), "PNG")).send();

        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void rejectsAPngWhoseHeaderClaimsAHugeImageWithoutDecodingIt() {
        byte[] tinyFileClaimingHugeImage = TestImages.pngHeaderClaiming(100_000, 100_000);

        ApiResponse response = put(OLIVIA, IMAGES, TestImages.updateRequest(tinyFileClaimingHugeImage, "PNG")).send();

        assertThat(tinyFileClaimingHugeImage).hasSizeLessThan(100);
        assertThat(response.status()).as("a decoded file without pixel data would be 400").isEqualTo(422);
        assertThat(response.errorCode()).isEqualTo("businessValidationsFailed");
        assertThat(response.errorLocation()).isEqualTo("imageData");
        assertThat(response.json().path("details").asString())
                .isEqualTo("The image must be between 1 and 4096 pixels in width and height; it is 100000 x 100000");
        assertOliviasImageUnchanged();
    }

    @Test
    void rejectsAPngOnePixelWiderThanTheMaximum() {
        ApiResponse response = put(OLIVIA, IMAGES, TestImages.updateRequest(TestImages.png(4097, 1), "PNG")).send();

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorLocation()).isEqualTo("imageData");
        assertOliviasImageUnchanged();
    }

    @Test
    void rejectsAPngOfZeroHeight() {
        ApiResponse response = put(OLIVIA, IMAGES,
                TestImages.updateRequest(TestImages.pngHeaderClaiming(10, 0), "PNG")).send();

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorLocation()).isEqualTo("imageData");
        assertOliviasImageUnchanged();
    }

    @Test
    void rejectsAJpegWhoseFrameHeaderClaimsAnImageTooWide() {
        ApiResponse response = put(OLIVIA, IMAGES,
                TestImages.updateRequest(TestImages.jpegHeaderClaiming(5000, 10), "JPEG")).send();

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorLocation()).isEqualTo("imageData");
        assertThat(response.json().path("details").asString()).endsWith("it is 5000 x 10");
        assertOliviasImageUnchanged();
    }

    @Test
    void rejectsAJpegDeclaredAsPng() {
        ApiResponse response = put(OLIVIA, IMAGES, TestImages.updateRequest(TestImages.jpeg(16, 16), "PNG")).send();

        assertInvalidImageData(response);
        assertOliviasImageUnchanged();
    }

    @Test
    void rejectsAPngDeclaredAsJpeg() {
        ApiResponse response = put(OLIVIA, IMAGES, TestImages.updateRequest(TestImages.png(16, 16), "JPEG")).send();

        assertInvalidImageData(response);
        assertOliviasImageUnchanged();
    }

    @Test
    void rejectsRandomBytes() {
        byte[] noise = new byte[2048];
        new Random(42).nextBytes(noise);
        noise[0] = 0x42;

        ApiResponse response = put(OLIVIA, IMAGES, TestImages.updateRequest(noise, "PNG")).send();

        assertInvalidImageData(response);
        assertOliviasImageUnchanged();
    }

    @Test
    void rejectsImageDataThatIsNotBase64() {
        ApiResponse response = put(OLIVIA, IMAGES, "{\"imageData\":\"this is *not* base64!\",\"imageFormat\":\"PNG\"}").send();

        assertInvalidImageData(response);
        assertOliviasImageUnchanged();
    }

    @Test
    void rejectsAPngTruncatedInsideItsHeader() {
        byte[] truncated = Arrays.copyOf(TestImages.png(16, 16), 20);

        ApiResponse response = put(OLIVIA, IMAGES, TestImages.updateRequest(truncated, "PNG")).send();

        assertInvalidImageData(response);
        assertOliviasImageUnchanged();
    }

    @Test
    void rejectsAJpegThatEndsBeforeAnyFrameHeader() {
        byte[] noFrame = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0x00, 0x04, 0x00, 0x00,
                (byte) 0xFF, (byte) 0xD9};

        ApiResponse response = put(OLIVIA, IMAGES, TestImages.updateRequest(noFrame, "JPEG")).send();

        assertInvalidImageData(response);
        assertOliviasImageUnchanged();
    }

    @Test
    void rejectsAPngWhoseHeaderIsFineButWhosePixelsDoNotDecode() {
        ApiResponse response = put(OLIVIA, IMAGES,
                TestImages.updateRequest(TestImages.pngHeaderClaiming(16, 16), "PNG")).send();

        assertInvalidImageData(response);
        assertOliviasImageUnchanged();
    }

    @Test
    void rejectsAPngWhosePixelDataIsCorrupted() {
        byte[] png = TestImages.png(64, 64);
        for (int i = 60; i < png.length - 20; i++) {
            png[i] = (byte) 0xAA;
        }

        ApiResponse response = put(OLIVIA, IMAGES, TestImages.updateRequest(png, "PNG")).send();

        assertInvalidImageData(response);
        assertOliviasImageUnchanged();
    }

    @Test
    void rejectsAnUnknownImageFormat() {
        ApiResponse response = put(OLIVIA, IMAGES, TestImages.updateRequest(TestImages.png(8, 8), "GIF")).send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorLocation()).isEqualTo("imageFormat");
        assertOliviasImageUnchanged();
    }

    @Test
    void rejectsARequestWithoutImageData() {
        ApiResponse response = put(OLIVIA, IMAGES, "{\"imageFormat\":\"PNG\"}").send();

        assertInvalidImageData(response);
        assertOliviasImageUnchanged();
    }

    @Test
    void rejectsATokenWithoutTheUpdateScope() {
        ApiResponse response = put(OLIVIA_READ_ONLY, IMAGES, TestImages.updateRequest(TestImages.png(8, 8), "PNG")).send();

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.errorCode()).isEqualTo("accessNotConfigured");
        assertOliviasImageUnchanged();
    }

    private static void assertInvalidImageData(ApiResponse response) {
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("invalidRequest");
        assertThat(response.errorLocation()).isEqualTo("imageData");
    }

    private void assertOliviasImageUnchanged() {
        assertThat(get(OLIVIA, IMAGES).send().body()).isEqualTo(oliviasSeededImage);
    }
}
