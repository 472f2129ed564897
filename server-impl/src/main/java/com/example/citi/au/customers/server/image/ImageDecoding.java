package com.example.citi.au.customers.server.image;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Proves an image's pixel data decodes. Called only for files whose header size is already
 * within limits; the decoder reads every pixel but keeps only a subsample, so checking a large
 * image does not cost a full-size raster.
 */
final class ImageDecoding {

    private static final int MAX_KEPT_SIDE = 256;

    private ImageDecoding() {
    }

    static boolean decodes(byte[] data, ImageType type, ImageSize declaredSize) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type.imageIoName());
        if (!readers.hasNext()) {
            return false;
        }
        ImageReader reader = readers.next();
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(data))) {
            reader.setInput(input, true, true);
            if (reader.getWidth(0) != declaredSize.width() || reader.getHeight(0) != declaredSize.height()) {
                return false;
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = (int) Math.max(1, ceilDiv(Math.max(declaredSize.width(), declaredSize.height()), MAX_KEPT_SIDE));
            param.setSourceSubsampling(step, step, 0, 0);
            if (reader.canReadRaster()) {
                reader.readRaster(0, param);
            } else {
                reader.read(0, param);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        } finally {
            reader.dispose();
        }
    }

    private static long ceilDiv(long dividend, long divisor) {
        return (dividend + divisor - 1) / divisor;
    }
}
