package io.simbase.viewer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Reading and comparing the viewer's PNGs in tests. */
final class Pictures {
    private Pictures() {
    }

    static BufferedImage read(Path png) throws IOException {
        BufferedImage img = ImageIO.read(png.toFile());
        if (img == null) {
            throw new AssertionError("not a PNG: " + png);
        }
        return img;
    }

    /** Number of distinct colours (a blank or one-colour picture has 1 or 2). */
    static int distinctColours(BufferedImage img) {
        java.util.Set<Integer> set = new java.util.HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                set.add(img.getRGB(x, y) & 0xffffff);
            }
        }
        return set.size();
    }

    /** True when a pixel within {@code radius} of (x, y) satisfies {@code test} on (r, g, b). */
    static boolean anyNear(BufferedImage img, float x, float y, int radius, RgbTest test) {
        for (int dy = -radius; dy <= radius; dy++) {
            for (int dx = -radius; dx <= radius; dx++) {
                int px = Math.round(x) + dx;
                int py = Math.round(y) + dy;
                if (px < 0 || py < 0 || px >= img.getWidth() || py >= img.getHeight()) {
                    continue;
                }
                int c = img.getRGB(px, py);
                if (test.test((c >> 16) & 255, (c >> 8) & 255, c & 255)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Pixels that differ by more than {@code threshold} in any channel, inside the rectangle. */
    static int differing(BufferedImage a, BufferedImage b, int x0, int y0, int x1, int y1, int threshold) {
        int n = 0;
        for (int y = Math.max(0, y0); y < Math.min(a.getHeight(), y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min(a.getWidth(), x1); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int s = 0; s < 24; s += 8) {
                    if (Math.abs(((p >> s) & 255) - ((q >> s) & 255)) > threshold) {
                        n++;
                        break;
                    }
                }
            }
        }
        return n;
    }

    /** A test on a pixel's colour. */
    interface RgbTest {
        boolean test(int r, int g, int b);
    }
}
