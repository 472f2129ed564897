package db.migration;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Map;
import javax.imageio.ImageIO;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Sandbox profile images: Olivia (1) a PNG, Charlotte (3) a JPEG, Liam (2) none. Each is a 64 x 64
 * coloured square with the customer's initials, drawn pixel by pixel from a built-in block font
 * rather than with Graphics2D and system fonts, so that the bytes are the same on every machine
 * and nothing needs a display or installed fonts.
 */
public class V40__SandboxProfileImages extends BaseJavaMigration {

    private static final OffsetDateTime UPDATED_AT = OffsetDateTime.parse("2026-10-02T09:30:00Z");
    private static final int SIDE = 64;
    private static final int SCALE = 4;
    private static final int GLYPH_WIDTH = 5;
    private static final int GLYPH_HEIGHT = 7;
    private static final int GLYPH_GAP = 1;
    private static final int WHITE = 0xFFFFFF;

    private static final Map<Character, String[]> GLYPHS = Map.of(
            'O', new String[] {".###.", "#...#", "#...#", "#...#", "#...#", "#...#", ".###."},
            'B', new String[] {"####.", "#...#", "#...#", "####.", "#...#", "#...#", "####."},
            'C', new String[] {".###.", "#...#", "#....", "#....", "#....", "#...#", ".###."},
            'W', new String[] {"#...#", "#...#", "#...#", "#.#.#", "#.#.#", "##.##", "#...#"});

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        insert(connection, 1, "PNG", encode(monogram("OB", 0x00796B), "png"));
        insert(connection, 3, "JPEG", encode(monogram("CW", 0x6A1B9A), "jpeg"));
    }

    private static BufferedImage monogram(String initials, int background) {
        BufferedImage image = new BufferedImage(SIDE, SIDE, BufferedImage.TYPE_INT_RGB);
        fill(image, 0, 0, SIDE, SIDE, background);
        int textWidth = (initials.length() * (GLYPH_WIDTH + GLYPH_GAP) - GLYPH_GAP) * SCALE;
        int left = (SIDE - textWidth) / 2;
        int top = (SIDE - GLYPH_HEIGHT * SCALE) / 2;
        for (int i = 0; i < initials.length(); i++) {
            String[] rows = GLYPHS.get(initials.charAt(i));
            int glyphLeft = left + i * (GLYPH_WIDTH + GLYPH_GAP) * SCALE;
            for (int row = 0; row < GLYPH_HEIGHT; row++) {
                for (int column = 0; column < GLYPH_WIDTH; column++) {
                    if (rows[row].charAt(column) == '#') {
                        fill(image, glyphLeft + column * SCALE, top + row * SCALE, SCALE, SCALE, WHITE);
                    }
                }
            }
        }
        return image;
    }

    private static void fill(BufferedImage image, int x, int y, int width, int height, int rgb) {
        for (int row = y; row < y + height; row++) {
            for (int column = x; column < x + width; column++) {
                image.setRGB(column, row, rgb);
            }
        }
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void insert(Connection connection, long customerId, String format, byte[] data) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into profile_image (customer_id, image_data, image_format, updated_at) values (?, ?, ?, ?)")) {
            insert.setLong(1, customerId);
            insert.setBytes(2, data);
            insert.setString(3, format);
            insert.setObject(4, UPDATED_AT);
            insert.executeUpdate();
        }
    }
}
