package io.simbase.viewer.render.drawers;

import io.simbase.viewer.render.ComponentDrawer;
import io.simbase.viewer.render.ComponentView;
import io.simbase.viewer.render.Numbers;
import io.simbase.viewer.render.Painter;
import io.simbase.viewer.state.PlantMirror;

/**
 * A load cell under a belt section (the curriculum's sort-by-weight): the weighing plate under
 * the section and, beside the belt, the indicator on its post with a bar that rises with the
 * reading ({@code weight_kg}; half the bar at 1 kg, never past the top). The label is the
 * reading in kilograms.
 */
final class LoadCellDrawer implements ComponentDrawer {
    private static final float BAR = 0.25f;
    private static final float[] PLATE = {0.27f, 0.51f, 0.71f};
    private static final float[] DARK = {0.15f, 0.16f, 0.18f};
    private static final float[] POST = {0.35f, 0.37f, 0.4f};
    private static final float[] READING = {0.2f, 0.85f, 0.35f};

    @Override
    public String[] visualNames() {
        return new String[] {"weight_kg"};
    }

    @Override
    public void prepare(ComponentView c) {
        float r = Math.max(c.sizeX, c.sizeY) / 2 + 0.25f;
        c.setBounds(c.x - r, c.y - r, 0, c.x + r, c.y + r, c.z + BAR + 0.1f);
    }

    @Override
    public void draw(ComponentView c, Painter p, PlantMirror m, long now) {
        LocalFrame.box(c, p, 0, 0, -0.1f, c.sizeX + 0.04f, c.sizeY + 0.06f, 0.025f, PLATE);
        float side = -(c.sizeY / 2 + 0.15f);
        LocalFrame.box(c, p, 0, side, -c.z, 0.04f, 0.04f, c.z, POST);
        LocalFrame.box(c, p, 0, side, 0, 0.08f, 0.04f, BAR + 0.02f, DARK);
        float kg = Math.max(0, m.visual(c.visuals[0], now));
        float f = kg / (kg + 1);
        if (f > 0.002f) {
            p.emissive(0.6f);
            LocalFrame.box(c, p, 0, side - 0.021f, 0.01f, 0.05f, 0.004f, BAR * f, READING);
            p.emissive(0);
        }
    }

    @Override
    public boolean label(ComponentView c, PlantMirror m, StringBuilder out) {
        Numbers.fixed(out, m.visualLatest(c.visuals[0]), 3).append(" kg");
        return true;
    }
}
