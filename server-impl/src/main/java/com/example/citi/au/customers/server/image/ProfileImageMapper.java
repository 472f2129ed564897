package com.example.citi.au.customers.server.image;

import com.example.citi.au.customers.server.generated.model.ImageFormat;
import com.example.citi.au.customers.server.generated.model.ProfileImage;
import com.example.citi.au.customers.server.generated.model.ProfileImageUpdateResponse;
import java.time.ZoneOffset;
import org.springframework.stereotype.Component;

@Component
class ProfileImageMapper {

    ImageType toType(ImageFormat format) {
        return ImageType.valueOf(format.getValue());
    }

    ProfileImage toProfileImage(StoredImage image) {
        return new ProfileImage(image.data(), toFormat(image.type()), byteCount(image),
                image.updatedAt().atOffset(ZoneOffset.UTC));
    }

    ProfileImageUpdateResponse toUpdateResponse(StoredImage image) {
        return new ProfileImageUpdateResponse(toFormat(image.type()), byteCount(image),
                image.updatedAt().atOffset(ZoneOffset.UTC));
    }

    private static ImageFormat toFormat(ImageType type) {
        return ImageFormat.fromValue(type.name());
    }

    private static String byteCount(StoredImage image) {
        return Integer.toString(image.byteCount());
    }
}
