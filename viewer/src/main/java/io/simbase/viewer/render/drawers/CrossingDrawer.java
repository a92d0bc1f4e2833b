package io.simbase.viewer.render.drawers;

import io.simbase.viewer.render.ComponentDrawer;
import io.simbase.viewer.render.ComponentView;
import io.simbase.viewer.render.Numbers;
import io.simbase.viewer.render.Painter;
import io.simbase.viewer.state.PlantMirror;

/**
 * A pedestrian crossing on a one-way road (the curriculum's traffic-light): the road with its
 * zebra, pavements, the queue of waiting cars back from the stop line (up to ten), a car on the
 * crossing, pedestrians waiting on the near pavement and crossing, the car signal (red, yellow,
 * green) and the pedestrian signal (red, green) lit from the stream. The label counts waiting
 * cars and pedestrians and broken rules.
 */
final class CrossingDrawer implements ComponentDrawer {
    private static final String[] VISUALS = {"cars_waiting", "peds_waiting", "car_on_crossing", "peds_on_crossing",
        "broken_rules", "car_red", "car_yellow", "car_green", "ped_red", "ped_green"};
    private static final int CARS = 0;
    private static final int PEDS = 1;
    private static final int CAR_ON = 2;
    private static final int PEDS_ON = 3;
    private static final int BROKEN = 4;
    private static final int CAR_RED = 5;
    private static final int PED_RED = 8;
    private static final float[][] CAR_LAMPS = {{0.95f, 0.1f, 0.1f}, {0.95f, 0.8f, 0.1f}, {0.1f, 0.8f, 0.2f}};
    private static final float[][] PED_LAMPS = {{0.95f, 0.1f, 0.1f}, {0.1f, 0.8f, 0.2f}};
    private static final float[] PERSON = {0.95f, 0.55f, 0.1f};

    @Override
    public String[] visualNames() {
        return VISUALS.clone();
    }

    @Override
    public void prepare(ComponentView c) {
        c.setBounds(c.x - c.extentX() / 2, c.y - c.extentY() / 2, 0, c.x + c.extentX() / 2, c.y + c.extentY() / 2, 1.2f);
    }

    @Override
    public void draw(ComponentView c, Painter p, PlantMirror m, long now) {
        float len = c.sizeX > 0 ? c.sizeX : 8;
        float wid = c.sizeY > 0 ? c.sizeY : 4;
        float road = wid * 0.6f;
        slab(c, p, 0, 0, len, road, 0, 0.02f, 0.3f, 0.31f, 0.33f);
        for (int k = 0; k < 6; k++) { // zebra stripes, along the road, spread across it
            slab(c, p, 0, -road / 2 + road * (k + 0.5f) / 6, len * 0.1f, road / 12, 0.02f, 0.005f, 0.95f, 0.95f, 0.95f);
        }
        float pavement = (wid - road) / 2;
        slab(c, p, 0, road / 2 + pavement / 2, len, pavement, 0, 0.12f, 0.7f, 0.7f, 0.68f);
        slab(c, p, 0, -road / 2 - pavement / 2, len, pavement, 0, 0.12f, 0.7f, 0.7f, 0.68f);

        int cars = Math.min(10, Math.round(m.visualLatest(c.visuals[CARS])));
        float carLen = len * 0.04f;
        for (int k = 0; k < cars; k++) {
            slab(c, p, -len * 0.08f - carLen / 2 - k * carLen * 1.3f, road * 0.2f, carLen, road * 0.3f, 0.02f, 0.25f,
                    0.12f, 0.45f, 0.85f);
        }
        if (m.visualLatest(c.visuals[CAR_ON]) > 0.5f) {
            slab(c, p, 0, road * 0.2f, carLen, road * 0.3f, 0.02f, 0.25f, 0.12f, 0.45f, 0.85f);
        }
        int peds = Math.min(8, Math.round(m.visualLatest(c.visuals[PEDS])));
        for (int k = 0; k < peds; k++) {
            person(c, p, len * 0.03f * (k % 4) - len * 0.045f, -road / 2 - pavement * (0.3f + 0.3f * (k / 4)), 0.12f);
        }
        int crossing = Math.min(4, Math.round(m.visualLatest(c.visuals[PEDS_ON])));
        for (int k = 0; k < crossing; k++) {
            person(c, p, len * 0.025f * (k - 1.5f), -road * 0.3f + k * road * 0.15f, 0.02f);
        }
        signal(c, p, m, -len * 0.08f, road / 2 + pavement * 0.5f, CAR_RED, CAR_LAMPS);
        signal(c, p, m, len * 0.15f, -road / 2 - pavement * 0.5f, PED_RED, PED_LAMPS);
    }

    @Override
    public String[] wordKeys() {
        return new String[] {"crossing.cars", "crossing.waiting", "crossing.broken"};
    }

    /** The counts with their words in the viewer's language ({@link #wordKeys}). */
    @Override
    public boolean label(ComponentView c, PlantMirror m, StringBuilder out) {
        Numbers.fixed(out, m.visualLatest(c.visuals[CARS]), 0).append(c.words[0]).append("  ");
        Numbers.fixed(out, m.visualLatest(c.visuals[PEDS]), 0).append(c.words[1]).append("  ");
        Numbers.fixed(out, m.visualLatest(c.visuals[BROKEN]), 0).append(c.words[2]);
        return true;
    }

    /** A pole with a lamp head; lamp k lights while visual {@code first + k} is on, top lamp first. */
    private static void signal(ComponentView c, Painter p, PlantMirror m, float lx, float ly, int first, float[][] lamps) {
        float lampH = 0.12f;
        float headZ = 0.9f;
        slab(c, p, lx, ly, 0.05f, 0.05f, 0, headZ, 0.25f, 0.25f, 0.27f);
        slab(c, p, lx, ly, 0.14f, 0.14f, headZ, lamps.length * lampH + 0.04f, 0.12f, 0.12f, 0.13f);
        for (int k = 0; k < lamps.length; k++) {
            boolean on = m.visualLatest(c.visuals[first + k]) > 0.5f;
            float[] rgb = lamps[k];
            float dim = on ? 1f : 0.25f;
            p.emissive(on ? 1f : 0f);
            slab(c, p, lx, ly, 0.16f, 0.1f, headZ + 0.02f + (lamps.length - 1 - k) * lampH, 0.09f,
                    rgb[0] * dim, rgb[1] * dim, rgb[2] * dim);
            p.emissive(0);
        }
    }

    private static void person(ComponentView c, Painter p, float lx, float ly, float z) {
        LocalFrame.disc(c, p, lx, ly, z, 0.14f, 0.4f, PERSON);
    }

    /** A box in the crossing's frame ({@code lx} along the road, {@code ly} across), from height {@code z}. */
    private static void slab(ComponentView c, Painter p, float lx, float ly, float along, float across, float z, float height,
                             float r, float g, float b) {
        LocalFrame.box(c, p, lx, ly, z, along, across, height, r, g, b);
    }
}
