package io.simbase.viewer.render.drawers;

import io.simbase.viewer.render.ComponentDrawer;
import io.simbase.viewer.render.ComponentView;
import io.simbase.viewer.render.Numbers;
import io.simbase.viewer.render.Painter;
import io.simbase.viewer.state.PlantMirror;

/**
 * A car park's entry (the curriculum's car-park), scaled to the component's size: the lane with
 * the posts of beams A and B, the barrier's boom rising about its hinge ({@code barrier}, 0 down,
 * 1 up), the car in the lane at its place ({@code car_shift}) while there is one, the queue
 * waiting behind the loop (up to five) and the cars parked inside, two rows of six bays either
 * side of the lane. The label is the number of cars inside.
 */
final class CarParkDrawer implements ComponentDrawer {
    private static final int INSIDE = 0;
    private static final int BARRIER = 1;
    private static final int SHIFT = 2;
    private static final int VISIBLE = 3;
    private static final int QUEUE = 4;
    private static final int BAYS = 12;
    private static final int MAX_QUEUE = 5;
    private static final float[] ASPHALT = {0.33f, 0.33f, 0.35f};
    private static final float[] PARK = {0.68f, 0.68f, 0.66f};
    private static final float[] POST = {0.25f, 0.25f, 0.27f};
    private static final float[] BOOM = {0.92f, 0.2f, 0.12f};
    private static final float[] MOVING = {0.12f, 0.56f, 1f};
    private static final float[] WAITING = {0.3f, 0.35f, 0.75f};
    private static final float[] PARKED = {0.55f, 0.45f, 0.7f};

    @Override
    public String[] visualNames() {
        return new String[] {"inside", "barrier", "car_shift", "car_visible", "queue"};
    }

    @Override
    public void prepare(ComponentView c) {
        float s = size(c);
        c.setBounds(c.x - s * 0.6f, c.y - s * 0.6f, c.z, c.x + s * 0.6f, c.y + s * 0.6f, c.z + s * 0.35f);
    }

    @Override
    public void draw(ComponentView c, Painter p, PlantMirror m, long now) {
        float s = size(c);
        LocalFrame.box(c, p, 0, 0, 0, s, s * 0.3f, 0.005f, ASPHALT);
        LocalFrame.box(c, p, 0.3f * s, 0, 0, s * 0.4f, s * 0.9f, 0.004f, PARK);
        for (int beam = -1; beam <= 1; beam += 2) {
            for (int side = -1; side <= 1; side += 2) {
                LocalFrame.box(c, p, beam * 0.15f * s, side * 0.17f * s, 0, s * 0.02f, s * 0.02f, s * 0.07f, POST);
            }
        }
        LocalFrame.box(c, p, -0.1f * s, -0.17f * s, 0, s * 0.03f, s * 0.03f, s * 0.1f, POST);
        float up = Math.max(0, Math.min(1, m.visual(c.visuals[BARRIER], now)));
        LocalFrame.hingedBar(c, p, -0.1f * s, -0.17f * s, s * 0.1f, s * 0.32f, s * 0.015f, 85 * up, 8, BOOM);
        if (m.visualLatest(c.visuals[VISIBLE]) > 0.5f) {
            car(c, p, m.visual(c.visuals[SHIFT], now), 0, MOVING);
        }
        int queue = Math.min(MAX_QUEUE, Math.round(m.visualLatest(c.visuals[QUEUE])));
        for (int k = 0; k < queue; k++) {
            car(c, p, -0.48f * s - k * 0.16f * s, 0, WAITING);
        }
        int inside = Math.min(BAYS, Math.round(m.visualLatest(c.visuals[INSIDE])));
        for (int k = 0; k < inside; k++) {
            int row = k % (BAYS / 2);
            float ly = (row < 3 ? -0.4f + 0.1f * row : 0.2f + 0.1f * (row - 3)) * s;
            car(c, p, (k < BAYS / 2 ? 0.2f : 0.4f) * s, ly, PARKED);
        }
    }

    /** A car seen from the lane: body and cabin, {@code lx} along the lane. */
    private static void car(ComponentView c, Painter p, float lx, float ly, float[] rgb) {
        float s = size(c);
        LocalFrame.box(c, p, lx, ly, 0.005f, s * 0.12f, s * 0.07f, s * 0.035f, rgb);
        LocalFrame.box(c, p, lx - s * 0.01f, ly, 0.005f + s * 0.035f, s * 0.06f, s * 0.06f, s * 0.025f, rgb[0] * 0.7f,
                rgb[1] * 0.7f, rgb[2] * 0.7f);
    }

    @Override
    public boolean label(ComponentView c, PlantMirror m, StringBuilder out) {
        Numbers.fixed(out, m.visualLatest(c.visuals[INSIDE]), 0);
        return true;
    }

    private static float size(ComponentView c) {
        return c.sizeX > 0 ? c.sizeX : 1f;
    }
}
