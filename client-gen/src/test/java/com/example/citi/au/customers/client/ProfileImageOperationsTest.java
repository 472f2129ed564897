package com.example.citi.au.customers.client;

import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.citi.au.customers.client.Spec.SpecExample;
import com.example.citi.au.customers.client.generated.model.ImageFormat;
import com.example.citi.au.customers.client.generated.model.ProfileImage;
import com.example.citi.au.customers.client.generated.model.ProfileImageUpdateResponse;
import java.time.OffsetDateTime;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ProfileImageOperationsTest extends WireMockClientTest {

    @Test
    void mapsTheProfileImageWithItsBytesDecoded() {
        SpecExample example = stubSuccess("retrieveCustomerProfileImage");

        ProfileImage image = client.profileImages().retrieveCustomerProfileImage();

        assertThat(image.getImageData()).isEqualTo(Base64.getDecoder().decode(Requests.ONE_PIXEL_PNG));
        assertThat(image.getImageData()).hasSize(70);
        assertThat(image.getImageFormat()).isEqualTo(ImageFormat.PNG);
        assertThat(image.getImageSize()).isEqualTo("70");
        assertThat(image.getLastUpdatedDateTime()).isEqualTo(OffsetDateTime.parse("2026-10-02T09:30:00Z"));
        assertMapsEveryField(image, example);
    }

    @Test
    void sendsTheImageAsBase64AndMapsWhatWasStored() {
        SpecExample example = stubSuccess("updateCustomerProfileImage");

        ProfileImageUpdateResponse stored = client.profileImages().updateCustomerProfileImage(Requests.smallPng());

        assertSentBodyIs(Spec.get().operation("updateCustomerProfileImage").requestExample("smallPng"));
        assertThat(stored.getImageFormat()).isEqualTo(ImageFormat.PNG);
        assertThat(stored.getImageSize()).isEqualTo("70");
        assertThat(stored.getLastUpdatedDateTime()).isEqualTo(OffsetDateTime.parse("2026-11-28T10:00:00Z"));
        assertMapsEveryField(stored, example);
    }

    @Test
    void deletesTheProfileImage() {
        SpecExample example = stubSuccess("deleteCustomerProfileImage");

        client.profileImages().deleteCustomerProfileImage();

        assertThat(example.status()).isEqualTo(204);
        wireMock.verify(1, deleteRequestedFor(urlPathEqualTo("/api/v1/customers/profile/images")));
    }
}
