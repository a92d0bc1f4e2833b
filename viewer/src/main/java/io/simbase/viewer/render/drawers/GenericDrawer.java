package io.simbase.viewer.render.drawers;

import io.simbase.viewer.render.ComponentDrawer;
import io.simbase.viewer.render.ComponentView;
import io.simbase.viewer.render.DrawingShapes;
import io.simbase.viewer.render.Numbers;
import io.simbase.viewer.render.Painter;
import io.simbase.viewer.state.PlantMirror;

/**
 * Any component type without a drawer of its own, drawn from the engine's top-down drawing (its
 * {@code draw} property): rectangles become slabs and circles discs, stacked by layer on the
 * component's base, in its frame and heading; {@code on} switches the colour (and makes the
 * shape glow), {@code shift} moves it along the heading, {@code spin} turns it, {@code level}
 * fills it from its low side; texts become the component's live label. A component without a
 * drawing is a grey box. So a new component type appears sensibly with no viewer code.
 */
final class GenericDrawer implements ComponentDrawer {
    /** Slab thickness and base height of each layer, metres. */
    private static final float[] THICKNESS = {0.02f, 0.03f, 0.02f};
    private static final float[] BASE = {0f, 0.02f, 0.05f};

    private final BoxDrawer plain = new BoxDrawer(0.55f, 0.55f, 0.58f);

    @Override
    public void prepare(ComponentView c, PlantMirror m) {
        c.shapes = DrawingShapes.parse(c.property("draw", ""), c.id, m);
        DrawingShapes d = c.shapes;
        if (d == null || d.count == 0) {
            return;
        }
        float r = 0.05f;
        for (int i = 0; i < d.count; i++) {
            r = Math.max(r, Math.max(Math.abs(d.x[i]) + d.w[i] / 2, Math.abs(d.y[i]) + d.h[i] / 2));
        }
        c.setBounds(c.x - r, c.y - r, c.z, c.x + r, c.y + r, c.z + BASE[2] + THICKNESS[2]);
    }

    @Override
    public void draw(ComponentView c, Painter p, PlantMirror m, long now) {
        DrawingShapes d = c.shapes;
        if (d == null) {
            plain.draw(c, p, m, now);
            return;
        }
        for (int i = 0; i < d.count; i++) {
            if (d.kind[i] == DrawingShapes.TEXT) {
                continue;
            }
            boolean lit = d.on[i] < 0 || m.visualLatest(d.on[i]) > 0;
            float[] rgb = lit ? d.fill[i] : d.offFill[i];
            float px = d.x[i] + (d.shift[i] >= 0 ? m.visual(d.shift[i], now) : 0);
            float py = d.y[i];
            float turn = d.spin[i] >= 0 ? m.visual(d.spin[i], now) : 0;
            float w = d.w[i];
            float h = d.h[i];
            if (d.level[i] >= 0) {
                float f = Math.max(0, Math.min(1, m.visual(d.level[i], now) / (d.full[i] == 0 ? 1 : d.full[i])));
                py = py - h / 2 + h * f / 2; // filled from the low side across the heading
                h *= f;
                if (h <= 0) {
                    continue;
                }
            }
            float sx = (float) (px * Math.cos(turn) - py * Math.sin(turn));
            float sy = (float) (px * Math.sin(turn) + py * Math.cos(turn));
            float wx = c.x + sx * c.dirX - sy * c.dirY;
            float wy = c.y + sx * c.dirY + sy * c.dirX;
            int layer = Math.max(0, Math.min(2, d.layer[i]));
            float z = c.z + BASE[layer];
            p.emissive(d.on[i] >= 0 && lit ? 0.6f : 0f);
            if (d.kind[i] == DrawingShapes.CIRCLE) {
                p.cylinder(wx, wy, z, Math.max(w, 0.01f), THICKNESS[layer], rgb[0], rgb[1], rgb[2]);
            } else {
                p.box(wx, wy, z, Math.max(w, 0.005f), Math.max(h, 0.005f), THICKNESS[layer],
                        c.yaw + (float) Math.toDegrees(turn), rgb[0], rgb[1], rgb[2]);
            }
        }
        p.emissive(0);
    }

    @Override
    public boolean label(ComponentView c, PlantMirror m, StringBuilder out) {
        DrawingShapes d = c.shapes;
        if (d == null) {
            return false;
        }
        boolean any = false;
        for (int i = 0; i < d.count; i++) {
            if (d.kind[i] == DrawingShapes.TEXT && d.text[i] >= 0) {
                if (any) {
                    out.append("  ");
                }
                Numbers.fixed(out, m.visualLatest(d.text[i]), d.digits[i]).append(d.suffix[i]);
                any = true;
            }
        }
        return any;
    }
}
