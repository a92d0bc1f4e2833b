package io.simbase.viewer.render.drawers;

import io.simbase.viewer.render.ComponentView;
import io.simbase.viewer.render.Painter;

/**
 * Shapes placed in a component's own frame, the vocabulary the plant drawers share: {@code lx}
 * along the component's heading, {@code ly} across it (to its left), heights {@code z} from the
 * component's base ({@link ComponentView#z}). Colours are rgb triples. Stateless; GL thread
 * only (through the painter); allocates nothing.
 */
final class LocalFrame {
    private LocalFrame() {
    }

    /** World x of the point ({@code lx}, {@code ly}) of the component's frame. */
    static float wx(ComponentView c, float lx, float ly) {
        return c.x + lx * c.dirX - ly * c.dirY;
    }

    /** World y of the point ({@code lx}, {@code ly}) of the component's frame. */
    static float wy(ComponentView c, float lx, float ly) {
        return c.y + lx * c.dirY + ly * c.dirX;
    }

    /** A box centred at ({@code lx}, {@code ly}), {@code along} by {@code across}, from height {@code z} up by {@code height}. */
    static void box(ComponentView c, Painter p, float lx, float ly, float z, float along, float across, float height,
                    float r, float g, float b) {
        p.box(wx(c, lx, ly), wy(c, lx, ly), c.z + z, along, across, height, c.yaw, r, g, b);
    }

    /** As {@link #box(ComponentView, Painter, float, float, float, float, float, float, float, float, float)} in colour {@code rgb}. */
    static void box(ComponentView c, Painter p, float lx, float ly, float z, float along, float across, float height,
                    float[] rgb) {
        box(c, p, lx, ly, z, along, across, height, rgb[0], rgb[1], rgb[2]);
    }

    /** An upright cylinder of diameter {@code d} standing at ({@code lx}, {@code ly}) from height {@code z}. */
    static void disc(ComponentView c, Painter p, float lx, float ly, float z, float d, float height, float[] rgb) {
        p.cylinder(wx(c, lx, ly), wy(c, lx, ly), c.z + z, d, height, rgb[0], rgb[1], rgb[2]);
    }

    /** A round lamp glowing in {@code rgb} while {@code on}, dark grey-tinted otherwise. */
    static void lamp(ComponentView c, Painter p, float lx, float ly, float z, float d, boolean on, float[] rgb) {
        float dim = on ? 1f : 0.25f;
        p.emissive(on ? 1f : 0f);
        p.cylinder(wx(c, lx, ly), wy(c, lx, ly), c.z + z, d, d * 0.4f, rgb[0] * dim + 0.1f * (1 - dim),
                rgb[1] * dim + 0.1f * (1 - dim), rgb[2] * dim + 0.1f * (1 - dim));
        p.emissive(0);
    }

    /**
     * A bar turned about a horizontal hinge at ({@code lx}, {@code ly}, {@code z}): {@code length}
     * long, lying across the heading at 0 degrees and standing up at 90, drawn as {@code pieces}
     * level boxes along it (the painter turns shapes about the vertical only).
     */
    static void hingedBar(ComponentView c, Painter p, float lx, float ly, float z, float length, float thickness,
                          float degrees, int pieces, float[] rgb) {
        double a = Math.toRadians(degrees);
        float step = length / pieces;
        float across = (float) Math.cos(a) * step;
        float up = (float) Math.sin(a) * step;
        for (int i = 0; i < pieces; i++) {
            float along = (i + 0.5f);
            box(c, p, lx, ly + across * along, z + up * along - thickness / 2, thickness,
                    Math.max(thickness, Math.abs(across)), Math.max(thickness, Math.abs(up)), rgb);
        }
    }
}
