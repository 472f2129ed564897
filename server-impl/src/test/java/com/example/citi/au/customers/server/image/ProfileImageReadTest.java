package com.example.citi.au.customers.server.image;

import static com.example.citi.au.customers.server.support.SandboxCaller.CHARLOTTE;
import static com.example.citi.au.customers.server.support.SandboxCaller.LIAM;
import static com.example.citi.au.customers.server.support.SandboxCaller.OLIVIA;
import static com.example.citi.au.customers.server.support.SandboxCaller.OLIVIA_READ_ONLY;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.server.support.ApiIntegrationTest;
import com.example.citi.au.customers.server.support.ApiResponse;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProfileImageReadTest extends ApiIntegrationTest {

    static final String IMAGES = "/v1/customers/profile/images";

    @Autowired
    private Flyway flyway;

    @Test
    void returnsOliviasSeededPngMonogram() {
        ApiResponse response = get(OLIVIA, IMAGES).send();

        assertThat(response.status()).isEqualTo(200);
        byte[] data = TestImages.fromBase64(response.json().path("imageData").asString());
        assertThat(data).startsWith(TestImages.PNG_SIGNATURE);
        assertThat(response.json().path("imageFormat").asString()).isEqualTo("PNG");
        assertThat(response.json().path("imageSize").asString()).isEqualTo(Integer.toString(data.length));
        assertThat(response.json().path("lastUpdatedDateTime").asString()).isEqualTo("2026-10-02T09:30:00Z");
        BufferedImage image = TestImages.decode(data);
        assertThat(image.getWidth()).isEqualTo(64);
        assertThat(image.getHeight()).isEqualTo(64);
        assertThat(image.getRGB(0, 0) & 0xFFFFFF).as("teal background").isEqualTo(0x00796B);
        assertThat(image.getRGB(10, 18) & 0xFFFFFF).as("outer pixel of the B").isEqualTo(0x00796B);
        assertThat(image.getRGB(14, 18) & 0xFFFFFF).as("top of the O").isEqualTo(0xFFFFFF);
    }

    @Test
    void returnsCharlottesSeededJpegMonogram() {
        ApiResponse response = get(CHARLOTTE, IMAGES).send();

        assertThat(response.status()).isEqualTo(200);
        byte[] data = TestImages.fromBase64(response.json().path("imageData").asString());
        assertThat(data).startsWith((byte) 0xFF, (byte) 0xD8, (byte) 0xFF);
        assertThat(response.json().path("imageFormat").asString()).isEqualTo("JPEG");
        assertThat(response.json().path("imageSize").asString()).isEqualTo(Integer.toString(data.length));
        assertThat(response.json().path("lastUpdatedDateTime").asString()).isEqualTo("2026-10-02T09:30:00Z");
        BufferedImage image = TestImages.decode(data);
        assertThat(image.getWidth()).isEqualTo(64);
        assertThat(image.getHeight()).isEqualTo(64);
    }

    @Test
    void seedsTheSameImageBytesOnEveryMigration() {
        String first = get(OLIVIA, IMAGES).send().json().path("imageData").asString();

        resetSandboxDataAgain();

        assertThat(get(OLIVIA, IMAGES).send().json().path("imageData").asString()).isEqualTo(first);
    }

    @Test
    void runsJavaAwtHeadlessAsSpringBootSetsIt() {
        assertThat(GraphicsEnvironment.isHeadless()).isTrue();
    }

    @Test
    void answers404WithoutLocationForACustomerWithoutAnImage() {
        ApiResponse response = get(LIAM, IMAGES).send();

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.errorCode()).isEqualTo("resourceNotFound");
        assertThat(response.errorLocation()).isNull();
    }

    @Test
    void aReadOnlyTokenMayReadTheImage() {
        assertThat(get(OLIVIA_READ_ONLY, IMAGES).send().status()).isEqualTo(200);
    }

    private void resetSandboxDataAgain() {
        flyway.clean();
        flyway.migrate();
    }
}
