package io.simbase.viewer.render.drawers;

import io.simbase.viewer.render.ComponentDrawer;
import io.simbase.viewer.render.ComponentView;
import io.simbase.viewer.render.DrawingShapes;
import io.simbase.viewer.render.Numbers;
import io.simbase.viewer.render.Painter;
import io.simbase.viewer.state.PlantMirror;

/**
 * A silo over a belt (the curriculum's silo-fill), its outlet at the component's height: the
 * body on legs with its cone, the fill valve at the outlet (lit amber while it pours) and the
 * stream of material down to the box, a sight gauge on the body showing the box's fill against
 * the box's capacity, the heap in the box under the spout, and what was spilled on the belt.
 * The label is the box's fill in kilograms.
 */
final class SiloDrawer implements ComponentDrawer {
    private static final int FILL = 0;
    private static final int POURING = 1;
    private static final int BOX_UNDER = 2;
    private static final int SPILLED = 5;
    /** From the outlet down to the top of a box on the belt, and to the belt, metres. */
    private static final float TO_BOX = 0.6f;
    private static final float TO_BELT = 0.8f;
    private static final float[] STEEL = {0.7f, 0.72f, 0.75f};
    private static final float[] DARK = {0.2f, 0.2f, 0.22f};
    private static final float[] GRAIN = {0.55f, 0.35f, 0.17f};
    private static final float[] AMBER = {1f, 0.75f, 0.05f};

    @Override
    public String[] visualNames() {
        return new String[] {"fill_kg", "pouring", "box_under", "filled", "short", "spilled_kg"};
    }

    /** Reads the box's capacity from the engine's drawing (the full scale of its fill gauge). */
    @Override
    public void prepare(ComponentView c, PlantMirror m) {
        DrawingShapes d = DrawingShapes.parse(c.property("draw", ""), c.id, m);
        c.param = 1;
        for (int i = 0; d != null && i < d.count; i++) {
            if (d.level[i] >= 0 && d.level[i] == c.visuals[FILL] && d.full[i] > 0) {
                c.param = d.full[i];
            }
        }
        float r = diameter(c) / 2 + 0.05f;
        c.setBounds(c.x - r, c.y - r, 0, c.x + r, c.y + r, c.z + 1.4f);
    }

    @Override
    public void draw(ComponentView c, Painter p, PlantMirror m, long now) {
        float d = diameter(c);
        for (int k = 0; k < 4; k++) {
            float lx = (k % 2 == 0 ? -0.5f : 0.5f) * d * 0.8f;
            float ly = (k < 2 ? -0.5f : 0.5f) * d * 0.8f;
            LocalFrame.box(c, p, lx, ly, -c.z, 0.04f, 0.04f, c.z + 0.45f, DARK);
        }
        for (int k = 0; k < 4; k++) { // the cone, as rings narrowing to the outlet
            LocalFrame.disc(c, p, 0, 0, 0.1f + 0.09f * k, d * (0.3f + 0.2f * k), 0.09f, STEEL);
        }
        LocalFrame.disc(c, p, 0, 0, 0.46f, d, 0.9f, STEEL);
        LocalFrame.disc(c, p, 0, 0, 0, 0.08f, 0.1f, DARK);
        boolean pouring = m.visualLatest(c.visuals[POURING]) > 0.5f;
        LocalFrame.lamp(c, p, 0.07f, 0, 0.04f, 0.06f, pouring, AMBER);
        if (pouring) {
            LocalFrame.disc(c, p, 0, 0, -TO_BOX, 0.035f, TO_BOX, GRAIN);
        }
        float f = Math.max(0, Math.min(1, m.visual(c.visuals[FILL], now) / c.param));
        LocalFrame.box(c, p, 0, -d / 2 - 0.01f, 0.5f, 0.07f, 0.02f, 0.8f, DARK);
        if (f > 0) {
            LocalFrame.box(c, p, 0, -d / 2 - 0.022f, 0.5f, 0.05f, 0.01f, 0.8f * f, GRAIN);
        }
        if (m.visualLatest(c.visuals[BOX_UNDER]) > 0.5f && f > 0) {
            LocalFrame.disc(c, p, 0, 0, -TO_BOX, 0.16f, 0.005f + 0.08f * f, GRAIN);
        }
        float spilled = m.visualLatest(c.visuals[SPILLED]);
        if (spilled > 0.001f) {
            LocalFrame.disc(c, p, 0, 0, -TO_BELT, Math.min(0.3f, 0.06f + 0.06f * spilled), 0.004f, GRAIN);
        }
    }

    @Override
    public boolean label(ComponentView c, PlantMirror m, StringBuilder out) {
        Numbers.fixed(out, m.visualLatest(c.visuals[FILL]), 2).append(" kg");
        return true;
    }

    private static float diameter(ComponentView c) {
        return 1.2f * (c.sizeX > 0 ? c.sizeX : 0.5f);
    }
}
