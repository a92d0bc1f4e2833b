package io.simbase.viewer.render;

import io.simbase.viewer.state.Colours;
import io.simbase.viewer.state.PlantMirror;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * A component's {@code draw} property (the engine's top-down drawing, JSON: rectangles, circles,
 * texts in the component's frame, each optionally animated by one of its visual values), parsed
 * once per layout into flat arrays the generic drawer reads without allocating. Visual names
 * are resolved to the mirror's indices (-1: none). See the engine's {@code Drawing} for the
 * meaning of each field.
 *
 * <p>Immutable after {@link #parse}; read on the GL thread.
 */
public final class DrawingShapes {
    /** Shape kinds. */
    public static final int RECT = 0;
    public static final int CIRCLE = 1;
    public static final int TEXT = 2;

    public final int count;
    public final int[] kind;
    public final float[] x;
    public final float[] y;
    public final float[] w;
    public final float[] h;
    public final int[] layer;
    /** Fill colour (on) and off colour, rgb triples by shape. */
    public final float[][] fill;
    public final float[][] offFill;
    public final int[] on;
    public final int[] shift;
    public final int[] spin;
    public final int[] level;
    public final float[] full;
    public final int[] text;
    public final int[] digits;
    public final String[] suffix;

    private DrawingShapes(int n) {
        count = n;
        kind = new int[n];
        x = new float[n];
        y = new float[n];
        w = new float[n];
        h = new float[n];
        layer = new int[n];
        fill = new float[n][];
        offFill = new float[n][];
        on = new int[n];
        shift = new int[n];
        spin = new int[n];
        level = new int[n];
        full = new float[n];
        text = new int[n];
        digits = new int[n];
        suffix = new String[n];
    }

    /**
     * Parses {@code json} (the {@code draw} property) of component {@code componentId}.
     *
     * @return the shapes, or null when there is no drawing or it is not readable (the caller
     *         then draws a plain box)
     */
    public static DrawingShapes parse(String json, String componentId, PlantMirror m) {
        if (json == null || json.isBlank()) {
            return null;
        }
        Object doc;
        try {
            doc = new Load(LoadSettings.builder().build()).loadFromString(json); // JSON is YAML 1.2
        } catch (RuntimeException e) {
            return null;
        }
        if (!(doc instanceof List<?> list)) {
            return null;
        }
        List<Map<?, ?>> items = new ArrayList<>();
        for (Object o : list) {
            if (o instanceof Map<?, ?> item) {
                items.add(item);
            }
        }
        DrawingShapes d = new DrawingShapes(items.size());
        for (int i = 0; i < items.size(); i++) {
            Map<?, ?> p = items.get(i);
            String shape = String.valueOf(p.get("shape"));
            d.kind[i] = "circle".equals(shape) ? CIRCLE : "text".equals(shape) ? TEXT : RECT;
            d.x[i] = number(p.get("x"));
            d.y[i] = number(p.get("y"));
            d.w[i] = number(p.get("w"));
            d.h[i] = number(p.get("h"));
            d.layer[i] = (int) number(p.get("layer"));
            d.fill[i] = colour(p.get("fill"), i);
            d.offFill[i] = p.containsKey("off_fill") ? colour(p.get("off_fill"), i) : d.fill[i];
            d.on[i] = visual(p.get("on"), componentId, m);
            d.shift[i] = visual(p.get("shift"), componentId, m);
            d.spin[i] = visual(p.get("spin"), componentId, m);
            d.level[i] = visual(p.get("level"), componentId, m);
            d.full[i] = p.containsKey("full") ? number(p.get("full")) : 1;
            d.text[i] = visual(p.get("text"), componentId, m);
            d.digits[i] = Math.max(0, Math.min(5, (int) number(p.get("digits"))));
            d.suffix[i] = p.get("suffix") instanceof String s ? s : "";
        }
        return d;
    }

    private static float number(Object o) {
        return o instanceof Number n ? n.floatValue() : 0;
    }

    private static int visual(Object name, String componentId, PlantMirror m) {
        return name instanceof String s && !s.isEmpty() ? m.visualIndex(componentId, s) : -1;
    }

    /** "#rgb", "#rrggbb" or a colour name; a palette colour when unreadable. */
    static float[] colour(Object o, int index) {
        String s = o instanceof String str ? str.trim() : "";
        if (s.matches("#[0-9a-fA-F]{3}")) {
            s = "#" + s.charAt(1) + s.charAt(1) + s.charAt(2) + s.charAt(2) + s.charAt(3) + s.charAt(3);
        }
        return Colours.of(s.isEmpty() ? null : s, index);
    }
}
