package io.simbase.viewer.render.drawers;

import io.simbase.viewer.render.ComponentDrawer;
import io.simbase.viewer.render.ComponentView;
import io.simbase.viewer.render.Numbers;
import io.simbase.viewer.render.Painter;
import io.simbase.viewer.state.PlantMirror;

/**
 * A consumer on a tank's outlet (the curriculum's tank-pid): the tap body and spout, the water
 * running from the spout into a basin on the floor (thicker with more flow, none without), and
 * an orange lamp while it gets less than it asks for. The label is the flow in litres per
 * second.
 */
final class ConsumerDrawer implements ComponentDrawer {
    private static final int FLOW = 0;
    private static final int DRY = 1;
    private static final float[] BODY = {0.37f, 0.62f, 0.63f};
    private static final float[] WATER = {0.2f, 0.5f, 0.92f};
    private static final float[] BASIN = {0.55f, 0.57f, 0.6f};
    private static final float[] ORANGE = {1f, 0.55f, 0.05f};

    @Override
    public String[] visualNames() {
        return new String[] {"flow_ls", "dry"};
    }

    @Override
    public void prepare(ComponentView c) {
        float s = size(c);
        c.setBounds(c.x - s, c.y - s, 0, c.x + s, c.y + s, c.z + s * 0.6f);
    }

    @Override
    public void draw(ComponentView c, Painter p, PlantMirror m, long now) {
        float s = size(c);
        LocalFrame.disc(c, p, 0, 0, 0, s * 0.5f, s * 0.35f, BODY);
        LocalFrame.box(c, p, s * 0.4f, 0, s * 0.1f, s * 0.5f, s * 0.15f, s * 0.15f, BODY);
        LocalFrame.box(c, p, s * 0.65f, 0, -c.z, s * 0.6f, s * 0.6f, 0.06f, BASIN);
        float flow = Math.max(0, m.visual(c.visuals[FLOW], now));
        if (flow > 0.01f) {
            LocalFrame.disc(c, p, s * 0.6f, 0, -c.z + 0.03f, Math.min(s * 0.3f, 0.01f + 0.008f * flow), c.z + s * 0.08f,
                    WATER);
        }
        LocalFrame.lamp(c, p, 0, 0, s * 0.35f, s * 0.2f, m.visualLatest(c.visuals[DRY]) > 0.5f, ORANGE);
    }

    @Override
    public boolean label(ComponentView c, PlantMirror m, StringBuilder out) {
        Numbers.fixed(out, m.visualLatest(c.visuals[FLOW]), 1).append(" l/s");
        return true;
    }

    private static float size(ComponentView c) {
        return c.sizeX > 0 ? c.sizeX : 0.3f;
    }
}
