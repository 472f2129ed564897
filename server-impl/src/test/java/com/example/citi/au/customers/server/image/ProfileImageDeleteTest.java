package com.example.citi.au.customers.server.image;

import static com.example.citi.au.customers.server.image.ProfileImageReadTest.IMAGES;
import static com.example.citi.au.customers.server.support.SandboxCaller.LIAM;
import static com.example.citi.au.customers.server.support.SandboxCaller.OLIVIA;
import static com.example.citi.au.customers.server.support.SandboxCaller.OLIVIA_READ_ONLY;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.server.support.ApiIntegrationTest;
import com.example.citi.au.customers.server.support.ApiResponse;
import org.junit.jupiter.api.Test;

class ProfileImageDeleteTest extends ApiIntegrationTest {

    @Test
    void deletesTheImageWith204AndNoBody() {
        ApiResponse response = delete(OLIVIA, IMAGES).send();

        assertThat(response.status()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void aDeletedImageIsGone() {
        delete(OLIVIA, IMAGES).send();

        ApiResponse image = get(OLIVIA, IMAGES).send();

        assertThat(image.status()).isEqualTo(404);
        assertThat(image.errorCode()).isEqualTo("resourceNotFound");
    }

    @Test
    void deletingTwiceAnswers404TheSecondTime() {
        delete(OLIVIA, IMAGES).send();

        ApiResponse second = delete(OLIVIA, IMAGES).send();

        assertThat(second.status()).isEqualTo(404);
        assertThat(second.errorCode()).isEqualTo("resourceNotFound");
        assertThat(second.errorLocation()).isNull();
    }

    @Test
    void liamCannotDeleteOliviasImage() {
        String before = get(OLIVIA, IMAGES).send().body();

        ApiResponse response = delete(LIAM, IMAGES).send();

        assertThat(response.status()).isEqualTo(404);
        assertThat(get(OLIVIA, IMAGES).send().body()).isEqualTo(before);
    }

    @Test
    void aNewImageCanBeSetAfterDeleting() {
        delete(OLIVIA, IMAGES).send();
        byte[] png = TestImages.png(10, 10);

        put(OLIVIA, IMAGES, TestImages.updateRequest(png, "PNG")).send();

        assertThat(TestImages.fromBase64(get(OLIVIA, IMAGES).send().json().path("imageData").asString())).isEqualTo(png);
    }

    @Test
    void rejectsATokenWithoutTheUpdateScope() {
        String before = get(OLIVIA, IMAGES).send().body();

        ApiResponse response = delete(OLIVIA_READ_ONLY, IMAGES).send();

        assertThat(response.status()).isEqualTo(403);
        assertThat(get(OLIVIA, IMAGES).send().body()).isEqualTo(before);
    }
}
