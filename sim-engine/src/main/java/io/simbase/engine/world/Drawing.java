package io.simbase.engine.world;

import java.util.List;
import java.util.Locale;

/**
 * How the dashboard draws a component from above: a list of {@link Primitive}s in the
 * component's own frame (x along its heading, y across it, metres from its centre), each with
 * a colour and, optionally, the visual value that animates it. A world sends it with the scene
 * layout (the component's {@code draw} property, as JSON), so a new component type is drawn
 * without any dashboard code of its own.
 *
 * <p>Immutable; built once per component.
 */
public final class Drawing {
    /** Nothing to draw (the component is not on the plant view). */
    public static final Drawing NONE = new Drawing(List.of());

    /** What a primitive is. */
    public enum Shape { RECT, CIRCLE, TEXT }

    /**
     * One shape. Sizes are metres in the component frame; {@code minPixels} keeps a small
     * circle visible. Animation, each by the name of one of the component's visual values
     * (empty for none): {@code on} shows {@code fill} while the value is above 0 and
     * {@code offFill} otherwise; {@code shift} moves the shape along the heading by the value
     * (metres); {@code spin} turns it about the component centre by the value (radians,
     * counter-clockwise); {@code level} fills the rectangle across the heading, from its low side, up to value /
     * {@code full}; {@code text} prints the value with {@code digits} decimals and
     * {@code suffix}. {@code layer}: 0 surfaces, 1 mechanisms, 2 sensors (drawn in that order).
     */
    public record Primitive(Shape shape, double x, double y, double w, double h, String fill, int layer,
                            String on, String offFill, String shift, String spin, String level, double full,
                            String text, int digits, String suffix, int minPixels) {

        public Primitive onWhen(String visual, String colourWhenOff) {
            return new Primitive(shape, x, y, w, h, fill, layer, visual, colourWhenOff, shift, spin, level, full,
                    text, digits, suffix, minPixels);
        }

        public Primitive shiftedBy(String visual) {
            return new Primitive(shape, x, y, w, h, fill, layer, on, offFill, visual, spin, level, full,
                    text, digits, suffix, minPixels);
        }

        public Primitive spunBy(String visual) {
            return new Primitive(shape, x, y, w, h, fill, layer, on, offFill, shift, visual, level, full,
                    text, digits, suffix, minPixels);
        }

        public Primitive filledBy(String visual, double fullValue) {
            return new Primitive(shape, x, y, w, h, fill, layer, on, offFill, shift, spin, visual, fullValue,
                    text, digits, suffix, minPixels);
        }

        public Primitive layer(int drawingLayer) {
            return new Primitive(shape, x, y, w, h, fill, drawingLayer, on, offFill, shift, spin, level, full,
                    text, digits, suffix, minPixels);
        }

        public Primitive atLeast(int pixels) {
            return new Primitive(shape, x, y, w, h, fill, layer, on, offFill, shift, spin, level, full,
                    text, digits, suffix, pixels);
        }

        void appendJson(StringBuilder b) {
            b.append("{\"shape\":\"").append(shape.name().toLowerCase(Locale.ROOT)).append('"');
            number(b, "x", x);
            number(b, "y", y);
            number(b, "w", w);
            number(b, "h", h);
            string(b, "fill", fill);
            b.append(",\"layer\":").append(layer);
            string(b, "on", on);
            string(b, "off_fill", offFill);
            string(b, "shift", shift);
            string(b, "spin", spin);
            string(b, "level", level);
            number(b, "full", full);
            string(b, "text", text);
            b.append(",\"digits\":").append(digits);
            string(b, "suffix", suffix);
            b.append(",\"min_px\":").append(minPixels);
            b.append('}');
        }
    }

    private final List<Primitive> primitives;

    private Drawing(List<Primitive> primitives) {
        this.primitives = List.copyOf(primitives);
    }

    public static Drawing of(Primitive... primitives) {
        return new Drawing(List.of(primitives));
    }

    /** A rectangle of {@code w} along the heading by {@code h} across, centred at (x, y). */
    public static Primitive rect(double x, double y, double w, double h, String fill) {
        return new Primitive(Shape.RECT, x, y, w, h, fill, 0, "", fill, "", "", "", 1, "", 0, "", 0);
    }

    /** A circle of radius {@code r} centred at (x, y). */
    public static Primitive circle(double x, double y, double r, String fill) {
        return new Primitive(Shape.CIRCLE, x, y, 2 * r, 2 * r, fill, 0, "", fill, "", "", "", 1, "", 0, "", 0);
    }

    /** The value of a visual, printed at (x, y). */
    public static Primitive text(double x, double y, String visual, int digits, String suffix, String colour) {
        return new Primitive(Shape.TEXT, x, y, 0, 0, colour, 2, "", colour, "", "", "", 1, visual, digits, suffix, 0);
    }

    public List<Primitive> primitives() {
        return primitives;
    }

    public boolean isEmpty() {
        return primitives.isEmpty();
    }

    /** The primitives as a JSON array, the form the dashboard reads. */
    public String toJson() {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < primitives.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            primitives.get(i).appendJson(b);
        }
        return b.append(']').toString();
    }

    private static void number(StringBuilder b, String key, double v) {
        b.append(",\"").append(key).append("\":");
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            b.append((long) v);
        } else {
            b.append(v);
        }
    }

    private static void string(StringBuilder b, String key, String v) {
        b.append(",\"").append(key).append("\":\"");
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        b.append('"');
    }
}
