package io.simbase.viewer.render.drawers;

import io.simbase.viewer.render.ComponentDrawer;
import io.simbase.viewer.render.ComponentView;
import io.simbase.viewer.render.Numbers;
import io.simbase.viewer.render.Painter;
import io.simbase.viewer.state.PlantMirror;

/**
 * A flow meter with a pulse output (the curriculum's batch-mixer): the body on its pipe, a dial
 * whose pointer turns once per ten litres ({@code total_l}) and the pulse LED lit while the
 * output is on. The label is the total in litres.
 */
final class PulseMeterDrawer implements ComponentDrawer {
    private static final int TOTAL = 0;
    private static final int PULSE = 1;
    private static final float DEGREES_PER_LITRE = 36;
    private static final float[] PIPE = {0.55f, 0.57f, 0.6f};
    private static final float[] BODY = {0.41f, 0.41f, 0.41f};
    private static final float[] DIAL = {0.95f, 0.95f, 0.92f};
    private static final float[] YELLOW = {1f, 0.84f, 0f};

    @Override
    public String[] visualNames() {
        return new String[] {"total_l", "pulse"};
    }

    @Override
    public void prepare(ComponentView c) {
        float s = size(c);
        c.setBounds(c.x - 1.3f * s, c.y - 1.3f * s, c.z - s * 0.4f, c.x + 1.3f * s, c.y + 1.3f * s, c.z + s * 0.5f);
    }

    @Override
    public void draw(ComponentView c, Painter p, PlantMirror m, long now) {
        float s = size(c);
        LocalFrame.box(c, p, 0, 0, -s * 0.15f, s * 2.5f, s * 0.3f, s * 0.3f, PIPE);
        LocalFrame.box(c, p, 0, 0, -s * 0.3f, s, s, s * 0.6f, BODY);
        LocalFrame.disc(c, p, 0, 0, s * 0.3f, s * 0.8f, s * 0.03f, DIAL);
        double a = Math.toRadians(m.visual(c.visuals[TOTAL], now) * DEGREES_PER_LITRE);
        float half = s * 0.18f;
        float lx = (float) Math.cos(a) * half;
        float ly = (float) Math.sin(a) * half;
        p.emissive(0.3f);
        p.box(LocalFrame.wx(c, lx, ly), LocalFrame.wy(c, lx, ly), c.z + s * 0.33f, 2 * half, s * 0.05f, s * 0.02f,
                c.yaw + (float) Math.toDegrees(a), 0.85f, 0.1f, 0.1f);
        p.emissive(0);
        LocalFrame.lamp(c, p, s * 0.38f, -s * 0.38f, s * 0.3f, s * 0.24f, m.visualLatest(c.visuals[PULSE]) > 0.5f, YELLOW);
    }

    @Override
    public boolean label(ComponentView c, PlantMirror m, StringBuilder out) {
        Numbers.fixed(out, m.visualLatest(c.visuals[TOTAL]), 1).append(" l");
        return true;
    }

    private static float size(ComponentView c) {
        return c.sizeX > 0 ? c.sizeX : 0.1f;
    }
}
