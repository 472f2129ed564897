package com.example.citi.au.customers.server.image;

import com.example.citi.au.customers.server.domain.BusinessRuleException;
import com.example.citi.au.customers.server.domain.CustomerId;
import com.example.citi.au.customers.server.domain.InvalidRequestException;
import com.example.citi.au.customers.server.domain.ResourceNotFoundException;
import com.example.citi.au.customers.server.limits.Allowance;
import com.example.citi.au.customers.server.limits.ImageUploadLimits;
import com.example.citi.au.customers.server.limits.Limited;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ProfileImageService {

    static final int MAX_BYTES = 1_048_576;
    static final int MAX_SIDE_PIXELS = 4096;
    private static final String IMAGE_DATA = "imageData";

    private final ProfileImageRepository images;
    private final Clock clock;
    private final ImageUploadLimits limits;

    ProfileImageService(ProfileImageRepository images, Clock clock, ImageUploadLimits limits) {
        this.images = images;
        this.clock = clock;
        this.limits = limits;
    }

    StoredImage find(CustomerId customer) {
        return images.find(customer).orElseThrow(() -> new ResourceNotFoundException(null));
    }

    /**
     * Not one transaction: the checks decode the image and should not hold a connection meanwhile.
     * The upload is counted first, a refused one too: the checks are the costly part.
     */
    Limited<StoredImage> replace(CustomerId customer, byte[] data, ImageType declaredType) {
        Allowance uploads = limits.take(customer);
        if (data.length > MAX_BYTES) {
            throw new InvalidRequestException(IMAGE_DATA, "the image is larger than " + MAX_BYTES + " bytes");
        }
        ImageType type = ImageType.detect(data)
                .orElseThrow(() -> new InvalidRequestException(IMAGE_DATA, "the data is neither a PNG nor a JPEG"));
        if (type != declaredType) {
            throw new InvalidRequestException(IMAGE_DATA, "the data is a " + type + ", not a " + declaredType);
        }
        ImageSize size = ImageHeaders.sizeOf(data, type)
                .orElseThrow(() -> new InvalidRequestException(IMAGE_DATA, "the image header is unreadable"));
        if (!size.fitsWithin(MAX_SIDE_PIXELS)) {
            throw BusinessRuleException.validationFailed(
                    "The image must be between 1 and " + MAX_SIDE_PIXELS + " pixels in width and height; it is "
                            + size.width() + " x " + size.height(),
                    IMAGE_DATA);
        }
        if (!ImageDecoding.decodes(data, type, size)) {
            throw new InvalidRequestException(IMAGE_DATA, "the image does not decode");
        }
        StoredImage image = new StoredImage(data, type, clock.instant().truncatedTo(ChronoUnit.MICROS));
        images.save(customer, image);
        return new Limited<>(image, uploads);
    }

    @Transactional
    void delete(CustomerId customer) {
        if (!images.delete(customer)) {
            throw new ResourceNotFoundException(null);
        }
    }
}
